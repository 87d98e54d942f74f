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
    static let longestExtension = documentExtensions.map(\.utf8.count).max() ?? 0

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
                walk(resolved, canonical: true, into: &result, seen: &seen, visited: &visitedDirectories)
            } else if seen.insert(resolved).inserted {
                result.files.append(File(path: resolved, size: Int64(st.st_size), mtime: mtime(st)))
            }
        }
        result.files.sort { $0.path < $1.path }
        return result
    }

    private struct DirectoryID: Hashable { var device: UInt64; var inode: UInt64 }

    /// Walks a folder with one `readdir` pass and one `fstatat` per entry, relative to
    /// the open folder (no path looked up from the root again), and `realpath` only for
    /// what is reached through a symbolic link: `canonical` says that `directory` is a
    /// resolved path (the root is; so is a folder reached from one by its own name), and
    /// then a file in it that is not a link is its own resolved path. Re-opening a large
    /// library is mostly this walk.
    private static func walk(_ directory: String, canonical: Bool, into result: inout LibraryFiles,
                             seen: inout Set<String>, visited: inout Set<DirectoryID>) {
        guard let dir = opendir(directory) else { return }
        var subdirectories: [(path: String, canonical: Bool)] = []
        defer {
            closedir(dir)
            for d in subdirectories { walk(d.path, canonical: d.canonical, into: &result, seen: &seen, visited: &visited) }
        }
        let fd = dirfd(dir)
        var st = stat()
        guard fstat(fd, &st) == 0 else { return }
        // A symbolic link back up the tree would otherwise loop forever.
        guard visited.insert(DirectoryID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))).inserted else { return }
        let prefix = directory == "/" ? "/" : directory + "/"
        while let entry = readdir(dir) {
            let type = entry.pointee.d_type
            // d_name is a fixed C array inside the entry; read it in place.
            let kept: (name: String, stat: stat, link: Bool)? = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { cName in
                    // Hidden files and folders, and "." and "..", are not looked at.
                    if cName[0] == 0x2E { return nil }
                    let name = String(cString: cName)
                    if type == UInt8(DT_REG), !isDocumentName(name) {
                        result.skipped += 1
                        return nil
                    }
                    var link = type == UInt8(DT_LNK)
                    if type == UInt8(DT_UNKNOWN) {
                        var l = stat()
                        guard fstatat(fd, cName, &l, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
                        link = (l.st_mode & S_IFMT) == S_IFLNK
                    }
                    var entryStat = stat()
                    // Links are followed, as `stat` does.
                    guard fstatat(fd, cName, &entryStat, 0) == 0 else { return nil }
                    return (name, entryStat, link)
                }
            }
            guard let kept else { continue }
            let path = prefix + kept.name
            switch kept.stat.st_mode & S_IFMT {
            case S_IFDIR:
                subdirectories.append((path, canonical && !kept.link))
            case S_IFREG:
                guard isDocumentName(kept.name) else { result.skipped += 1; continue }
                let real = canonical && !kept.link ? path : resolve(path) ?? path
                if seen.insert(real).inserted {
                    result.files.append(File(path: real, size: Int64(kept.stat.st_size), mtime: mtime(kept.stat)))
                }
            default:
                continue
            }
        }
    }

    package static func isDocumentName(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return false }
        let ext = utf8[utf8.index(after: dot)...]
        // Every extension is short ASCII: anything longer or non-ASCII is not one, and the
        // lower-casing (a new string per file) is only done for names that could be one.
        guard ext.count <= longestExtension, ext.allSatisfy({ $0 < 0x80 }) else { return false }
        return documentExtensions.contains(String(decoding: ext, as: UTF8.self).lowercased())
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
