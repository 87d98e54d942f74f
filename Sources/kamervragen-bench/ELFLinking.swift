#if canImport(Glibc)
import Glibc
#endif

/// How an executable is linked, read from its ELF headers: a program without an
/// interpreter (`PT_INTERP`) starts without the dynamic loader, which is most of what
/// separates a Swift program's start-up from a C program's. The benchmark says which kind
/// it timed, so a figure is never quoted for the wrong build.
enum ELFLinking: Equatable {
    case fullyStatic(positionIndependent: Bool)
    case dynamic
    case unknown

    static func of(_ path: String) -> ELFLinking {
        guard let file = fopen(path, "rb") else { return .unknown }
        defer { fclose(file) }
        var header = [UInt8](repeating: 0, count: 64)
        guard fread(&header, 1, 64, file) == 64, header[0] == 0x7F, header[1] == 0x45,
              header[2] == 0x4C, header[3] == 0x46, header[4] == 2 /* 64-bit */, header[5] == 1 /* little-endian */
        else { return .unknown }
        let type = le(header, 16, 2)
        let programHeaders = le(header, 32, 8), entrySize = le(header, 54, 2), count = le(header, 56, 2)
        guard entrySize >= 4, count > 0, count < 256 else { return .unknown }
        var entry = [UInt8](repeating: 0, count: entrySize)
        for i in 0..<count {
            guard fseek(file, programHeaders + i * entrySize, SEEK_SET) == 0,
                  fread(&entry, 1, entrySize, file) == entrySize else { return .unknown }
            if le(entry, 0, 4) == 3 /* PT_INTERP */ { return .dynamic }
        }
        // ET_DYN without an interpreter is a static-pie; ET_EXEC sits at a fixed address.
        return .fullyStatic(positionIndependent: type == 3)
    }

    private static func le(_ bytes: [UInt8], _ offset: Int, _ size: Int) -> Int {
        var value = 0
        for k in (0..<size).reversed() { value = value << 8 | Int(bytes[offset + k]) }
        return value
    }
}
