import KamervragenKit

/// Keys for the field filters (`party:`, `minister:`, `lid:`): lower-case, accents and
/// ligatures folded as the reader's search folds them, so `minister:yesilgoz` finds
/// "Yeşilgöz-Zegerius".
package enum Fold {
    package static func key(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for unit in SearchFolding.fold(text, caseSensitive: false) {
            if let s = Unicode.Scalar(unit) { scalars.append(s) }
        }
        return String(scalars)
    }

    /// The `party:` key of a list of parties: each party, and for a combined one
    /// ("GroenLinks-PvdA") each part too, between bars: `|sp|groenlinks-pvda|groenlinks|pvda|`.
    package static func partiesKey(_ parties: [String]) -> String {
        var keys: [String] = []
        for p in parties {
            let k = key(p).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            keys.append(k)
            let parts = k.split(whereSeparator: { $0 == "-" || $0 == "/" })
            if parts.count > 1 { keys += parts.map(String.init) }
        }
        return "|" + keys.joined(separator: "|") + "|"
    }
}
