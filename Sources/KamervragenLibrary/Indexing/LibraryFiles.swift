import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// The files a library is made of: every document under the folders given and every
/// file given by name, found without reading them.
///
/// In a folder, files are taken by their extension (`.txt`, `.text`, `.pdf`); other
/// files are counted as skipped, and hidden files and folders (a leading dot) are not
/// looked at. A file named on the command line is always taken: its owner said it is a
/// document. Paths are made absolute and symbolic links resolved, so one file is one
/// entry however it was reached.
package struct LibraryFiles: Sendable {
    package struct File: Hashable, Sendable {
        package var path: String
        package var size: Int64
        package var mtime: Int64
    }

    /// The paths given, resolved: what names the library's index.
    package var roots: [String]
    package var files: [File]
    /// Files in the folders that are not documents by their extension.
    package var skipped: Int

    /// The extensions of the formats the reader opens (lower case).
    package static let documentExtensions: Set<String> = ["txt", "text", "pdf"]

    package static func discover(_ paths: [String]) throws(LibraryError) -> LibraryFiles {
        var result = LibraryFiles(roots: [], files: [], skipped: 0)
        var seen = Set<String>()
        var visitedDirectories = Set<DirectoryID>()
        for given in paths {
            guard let resolved = resolve(given) else {
                throw LibraryError(.noInput, "\(given): \(errnoText(errno))")
            }
            if !result.roots.contains(resolved) { result.roots.append(resolved) }
            var st = stat()
            guard stat(resolved, &st) == 0 else { throw LibraryError(.noInput, "\(given): \(errnoText(errno))") }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(resolved, into: &result, seen: &seen, visited: &visitedDirectories)
            } else if seen.insert(resolved).inserted {
                result.files.append(File(path: resolved, size: Int64(st.st_size), mtime: mtime(st)))
            }
        }
        result.files.sort { $0.path < $1.path }
        return result
    }

    private struct DirectoryID: Hashable { var device: UInt64; var inode: UInt64 }

    private static func walk(_ directory: String, into result: inout LibraryFiles, seen: inout Set<String>, visited: inout Set<DirectoryID>) {
        var st = stat()
        guard stat(directory, &st) == 0 else { return }
        // A symbolic link back up the tree would otherwise loop forever.
        guard visited.insert(DirectoryID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))).inserted else { return }
        for name in entries(of: directory) where !name.hasPrefix(".") {
            let path = directory == "/" ? "/" + name : directory + "/" + name
            var entry = stat()
            guard stat(path, &entry) == 0 else { continue }
            switch entry.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, into: &result, seen: &seen, visited: &visited)
            case S_IFREG:
                guard isDocumentName(name) else { result.skipped += 1; continue }
                let real = resolve(path) ?? path
                if seen.insert(real).inserted {
                    result.files.append(File(path: real, size: Int64(entry.st_size), mtime: mtime(entry)))
                }
            default:
                continue
            }
        }
    }

    package static func isDocumentName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return documentExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// The names in a folder (unsorted; the caller sorts the files it keeps).
    private static func entries(of directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            // d_name is a fixed C array inside the entry; read it as a C string in place.
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The absolute path with links resolved, or nil (errno says why).
    static func resolve(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    static func mtime(_ st: stat) -> Int64 {
        Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }

    static func errnoText(_ e: Int32) -> String {
        switch e {
        case ENOENT: Catalogue.Library.noSuchPath.text()
        case EACCES: Catalogue.Library.permissionDenied.text()
        default: String(cString: strerror(e))
        }
    }
}
