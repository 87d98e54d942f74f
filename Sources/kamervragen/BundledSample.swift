/// The sample opened when no file is given. It is found next to the sources, which is
/// where `swift run` builds from.
enum BundledSample {
    static var path: String {
        let here = #filePath
        var parts = here.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Sources/kamervragen/BundledSample.swift
        return parts.joined(separator: "/") + "/seeds/000_f87e6a70ce0f162b.txt"
    }
}
