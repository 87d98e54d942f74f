import KamervragenKit

/// The documents a storm reads: the shapes that broke the reader or might, written as
/// text in the heading style of real documents and parsed as a user's file would be.
package enum StormDocumentKind: String, CaseIterable, Sendable {
    /// Questions and answers, some combined, some unanswered, some with notes and URLs.
    case ordinary
    /// Issue 9's crash: one question citing 10,000 notes, each with a URL.
    case tenThousandNotes
    /// Answer headings with nothing under them.
    case emptyAnswers
    /// Only "Mededeling" notices, no questions.
    case onlyNotices
    /// URLs of hundreds to thousands of characters, with and without break points.
    case longURLs
    /// Chinese, emoji, combining marks: characters two cells wide or none.
    case wideCharacters
    /// Control characters, escape sequences, bidi controls, private-use code points.
    case hostileText
    /// Nothing at all, or only blank lines.
    case empty
    /// One paragraph of fifty thousand words and no headings.
    case oneHugeParagraph
    /// Word's link runs (`StormLinkDocuments`): only for seeds with `StormCase.linkRunsFlag`,
    /// never picked by weight, so the kinds above keep every seed they had.
    case linkRuns

    /// Relative frequency among the cases: the 10,000-note document costs the most to
    /// build and to render, and the ordinary kinds find the most.
    var weight: Int {
        switch self {
        case .ordinary: 6
        case .tenThousandNotes: 2
        case .emptyAnswers, .onlyNotices, .longURLs, .wideCharacters, .hostileText: 3
        case .empty: 1
        case .oneHugeParagraph: 1
        case .linkRuns: 0
        }
    }

    package static func pick(_ rng: inout StormRandom) -> StormDocumentKind {
        let total = allCases.reduce(0) { $0 + $1.weight }
        var n = rng.int(0...(total - 1))
        for kind in allCases {
            if n < kind.weight { return kind }
            n -= kind.weight
        }
        return .ordinary
    }
}

package enum StormDocuments {
    /// The document of one kind, varied by `rng` where the kind allows.
    package static func document(_ kind: StormDocumentKind, _ rng: inout StormRandom) -> Document {
        switch kind {
        case .tenThousandNotes: return tenThousandNotes
        case .linkRuns: return StormLinkDocuments.document(&rng)
        default: return DocumentParser.parse(text(kind, &rng), source: "storm-\(kind.rawValue).txt")
        }
    }

    /// Built once per process: the same for every case, and the most costly to make.
    static let tenThousandNotes = DocumentParser.parse(manyNotes(10_000), source: "notes.txt")

    /// The generator from issue 9, item 1.
    package static func manyNotes(_ count: Int) -> String {
        var text = "Vraag 1\nTekst"
        for i in 1...count { text += "[footnoteRef:\(i)]" }
        text += " "
        for i in 1...count { text += "[\(i): noot \(i) https://x.example/\(i)]" }
        text += "\n\nAntwoord 1\nAntw.\n"
        return text
    }

    static let words = ["de", "het", "een", "minister", "vraag", "antwoord", "Kamer", "beleid", "creëren",
                        "uitbuiting", "slachtoffers", "mensenhandel", "politie", "2024", "€", "‘citaat’",
                        "regering", "x", "xx", "zaak", "onderzoek", "CoMensha", "EMPACT", "e-learning"]

    static func sentence(_ rng: inout StormRandom, words count: Int, from pool: [String] = words) -> String {
        var out: [String] = []
        for _ in 0..<count { out.append(rng.pick(pool)) }
        return out.joined(separator: " ") + "."
    }

    static func url(_ rng: inout StormRandom, length: Int) -> String {
        var s = "https://example.org/"
        let parts = ["pad", "-", "_", ".", "?a=1", "&b=2", "x", "ABC", "123", "/"]
        while s.count < length { s += rng.pick(parts) }
        return s
    }

    static func text(_ kind: StormDocumentKind, _ rng: inout StormRandom) -> String {
        switch kind {
        case .ordinary: return ordinary(&rng)
        case .tenThousandNotes: return manyNotes(10_000)
        case .emptyAnswers:
            var s = ""
            for q in 1...rng.int(1...6) {
                s += "Vraag \(q)\n\(sentence(&rng, words: rng.int(0...30)))\n\nAntwoord op vraag \(q)\n\n"
            }
            return s
        case .onlyNotices:
            var s = ""
            for _ in 1...rng.int(1...4) { s += "Mededeling\n\(sentence(&rng, words: rng.int(1...80)))\n\n" }
            return s
        case .longURLs:
            var s = ""
            for q in 1...rng.int(1...4) {
                let long = url(&rng, length: rng.pick([200, 500, 2_000]))
                let unbroken = "https://x.example/" + String(repeating: "a", count: rng.int(100...1_500))
                s += "Vraag \(q)\nZie \(long) en \(unbroken) voor meer.[footnoteRef:\(q)]\n\n"
                s += "Antwoord op vraag \(q)\n\(sentence(&rng, words: 20)) \(url(&rng, length: 300))\n\n"
            }
            s += "Noten\n"
            for q in 1...4 { s += "\(q) Bron: \(url(&rng, length: rng.int(50...800)))\n" }
            return s
        case .wideCharacters:
            let pool = ["中文", "日本語", "한국어", "😀", "👍🏽", "🇳🇱", "e\u{301}", "a\u{308}\u{301}", "ｗｉｄｅ", "\u{200B}", "\u{FE0F}", "de", "vraag"]
            var s = ""
            for q in 1...rng.int(1...5) {
                s += "Vraag \(q)\n\(sentence(&rng, words: rng.int(5...60), from: pool))[footnoteRef:\(q)]\n\n"
                s += "Antwoord op vraag \(q)\n\(sentence(&rng, words: rng.int(5...60), from: pool)) https://例え.jp/パス\n\n"
            }
            s += "[1: 注 https://example.org/中] [2: 😀 noot]\n"
            return s
        case .hostileText:
            let pool = ["\u{1B}[2J", "\u{7}", "\u{7F}", "\u{0}", "\u{9}", "\r", "\u{202E}", "\u{E000}abc\u{E001}",
                        "\u{9B}31m", "\u{FFFE}", "\u{FEFF}", "\u{2028}", "tekst", "vraag", "[footnoteRef:9]"]
            var s = ""
            for q in 1...rng.int(1...4) {
                s += "Vraag \(q)\n\(sentence(&rng, words: rng.int(3...40), from: pool))\n\n"
                s += "Antwoord op vraag \(q)\n\(sentence(&rng, words: rng.int(3...40), from: pool))\n\n"
            }
            return s
        case .empty:
            return rng.pick(["", "\n", "\n\n\n   \n"])
        case .oneHugeParagraph:
            return sentence(&rng, words: 50_000)
        case .linkRuns:
            return ordinary(&rng)
        }
    }

    /// An ordinary document: questions with answers, some combined, some missing, notes
    /// with URLs, a notice, metadata lines.
    static func ordinary(_ rng: inout StormRandom) -> String {
        var s = "Aanhangsel Handelingen\nVragen van het lid X aan de minister over iets (ingezonden 17 oktober 2024)\n\n"
        let count = rng.int(1...20)
        var q = 1
        var notes = 0
        while q <= count {
            var body = sentence(&rng, words: rng.int(1...120))
            if rng.chance(0.4) { notes += 1; body += "[footnoteRef:\(notes)]" }
            if rng.chance(0.2) { body += " zie \(url(&rng, length: rng.int(20...120)))" }
            s += "Vraag \(q)\n\(body)\n\n"
            if rng.chance(0.2), q < count {
                s += "Vraag \(q + 1)\n\(sentence(&rng, words: rng.int(1...40)))\n\n"
                s += "Antwoord op vragen \(q) en \(q + 1)\n\(sentence(&rng, words: rng.int(1...200)))\n\n"
                q += 2
            } else if rng.chance(0.15) {
                q += 1 // unanswered
            } else {
                s += "Antwoord op vraag \(q)\n\(sentence(&rng, words: rng.int(1...200)))\n\n"
                if rng.chance(0.3) { s += "\(sentence(&rng, words: rng.int(1...80)))\n\n" }
                q += 1
            }
        }
        if rng.chance(0.2) { s += "Mededeling\n\(sentence(&rng, words: 20))\n\n" }
        if notes > 0 {
            s += (1...notes).map { "[\($0): \(sentence(&rng, words: rng.int(1...15))) \(url(&rng, length: rng.int(20...90)))]" }
                .joined(separator: " ") + "\n"
        }
        return s
    }
}
