import KamervragenKit

/// Who asked, from the header's "Vragen van …": the names with their parties for the
/// list, and the parties alone for `party:`.
///
/// The header writes "het lid Bouwmeester (PvdA)", "de leden Tjeerd de Groot en Sneller
/// (beiden D66)", "de leden Beckerman (SP), Bushoff , Kröger (beiden GroenLinks-PvdA) en
/// Teunissen (PvdD)": the opening words go, "(beiden D66)" becomes "(D66)", and the last
/// " en " a comma, giving "Tjeerd de Groot, Sneller (D66)".
struct Askers {
    var display: String
    var parties: [String]

    init(_ askedBy: String) {
        var text = Substring(askedBy.trimmingWhitespace())
        for opening in ["het lid ", "de leden ", "het Kamerlid ", "de Kamerleden ", "lid ", "leden "] {
            if text.lowercased().hasPrefix(opening.lowercased()) {
                text = text.dropFirst(opening.count)
                break
            }
        }
        var out = ""
        var parties: [String] = []
        var rest = text
        while let open = rest.firstIndex(of: "(") {
            out += Askers.commas(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ")") else {
                out += rest[open...]
                rest = rest[rest.endIndex...]
                break
            }
            var inside = rest[rest.index(after: open)..<close].trimmingWhitespace()
            for word in ["beiden ", "beide ", "allen ", "allebei "] where inside.lowercased().hasPrefix(word) {
                inside = String(inside.dropFirst(word.count)).trimmingWhitespace()
            }
            if !inside.isEmpty && !parties.contains(inside) { parties.append(inside) }
            out += "(\(inside))"
            rest = rest[rest.index(after: close)...]
        }
        out += Askers.commas(rest)
        display = out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingAll(" ,", with: ",")
        self.parties = parties
    }

    /// " en " between names becomes ", " (outside brackets only; names never hold it).
    private static func commas(_ s: Substring) -> String {
        String(s).replacingAll(" en ", with: ", ")
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

extension String {
    /// Every occurrence of `target` replaced (FoundationEssentials has no such call).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
