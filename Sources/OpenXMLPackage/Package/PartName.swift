/// Part names as OPC writes them: `/word/document.xml` in content types, `word/document.xml`
/// in the ZIP, and relative targets (`footnotes.xml`, `../customXml/item1.xml`) in
/// relationships. Everything here works on the ZIP form: no leading slash.
public enum PartName {
    /// A relationship's target resolved against the part that names it. Nil when the
    /// target climbs above the package root or is empty.
    public static func resolve(_ target: String, from source: String) -> String? {
        var segments: [Substring]
        if target.hasPrefix("/") {
            segments = []
        } else {
            segments = source.split(separator: "/", omittingEmptySubsequences: false)
            segments.removeLast()   // the source part's own file name
        }
        for piece in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..":
                if segments.isEmpty { return nil }
                segments.removeLast()
            default: segments.append(piece)
            }
        }
        // Joined as bytes: the generic `joined(separator:)` looked its element type's
        // witnesses up at run time (docs/benchmarks.md, "Round two").
        var joined: [UInt8] = []
        for segment in segments where !segment.isEmpty {
            if !joined.isEmpty { joined.append(0x2F) }
            joined += segment.utf8
        }
        return joined.isEmpty ? nil : String(decoding: joined, as: UTF8.self)
    }

    /// `/word/document.xml` → `word/document.xml`.
    public static func zipName(_ partName: String) -> String {
        partName.hasPrefix("/") ? String(partName.dropFirst()) : partName
    }

    /// The relationships part that belongs to `part`: `word/_rels/document.xml.rels`.
    public static func relationshipsPart(of part: String) -> String {
        if let slash = part.lastIndex(of: "/") {
            return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
        }
        return "_rels/\(part).rels"
    }
}
