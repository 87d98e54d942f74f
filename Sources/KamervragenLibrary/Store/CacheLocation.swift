#if canImport(Glibc)
import Glibc
#endif

/// Where a library's index lives: `$XDG_CACHE_HOME/kamervragen/`, else
/// `~/.cache/kamervragen/`, one file per library, folders 0700 and files 0600 (the index
/// holds the documents' text, which may not be public). Never beside the documents,
/// which are only ever read.
package enum CacheLocation {
    /// The cache folder, or nil when neither `XDG_CACHE_HOME` (absolute, as the XDG spec
    /// requires) nor `HOME` says where it is.
    package static func directory() -> String? {
        if let xdg = environment("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return xdg + "/kamervragen" }
        if let home = environment("HOME"), home.hasPrefix("/") { return home + "/.cache/kamervragen" }
        return nil
    }

    /// The index file of the library made of these roots (absolute, resolved paths): a
    /// name from a hash of them, so the same folder always finds its index and two
    /// different sets of folders never share one.
    package static func indexFile(forRoots roots: [String], in directory: String) -> String {
        let key = roots.sorted().joined(separator: "\n")
        return directory + "/library-" + ContentHash.hex(ContentHash.of(Array(key.utf8))) + ".sqlite"
    }

    /// Creates `path` and any missing parents with mode 0700; returns errno on failure.
    package static func makeDirectory(_ path: String) -> Int32? {
        var st = stat()
        if stat(path, &st) == 0 {
            return (st.st_mode & S_IFMT) == S_IFDIR ? nil : ENOTDIR
        }
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !parent.isEmpty, parent != path, let e = makeDirectory(parent) { return e }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { return errno }
        return nil
    }

    private static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }
}
