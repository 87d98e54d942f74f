import KamervragenKit

/// Documents with Word's link runs (`Inline.link`: words of the text that lead to a URL,
/// from `w:hyperlink` and `HYPERLINK` fields), which no text document can hold: an
/// ordinary storm document whose questions and answers have some of their words made
/// into links, to web pages and to targets the URL rule refuses, with words that are
/// wide, long, hostile or the same for two targets.
///
/// These are a case family of their own (`StormCase.linkRunsFlag` in the seed), so that
/// the kinds of document the other seeds make, and what every recorded seed replays, stay
/// as they were.
package enum StormLinkDocuments {
    package static func document(_ rng: inout StormRandom) -> Document {
        var doc = DocumentParser.parse(StormDocuments.ordinary(&rng), source: "storm-linkRuns.docx")
        for i in doc.questions.indices { doc.questions[i].paragraphs = linked(doc.questions[i].paragraphs, &rng) }
        for i in doc.answers.indices { doc.answers[i].paragraphs = linked(doc.answers[i].paragraphs, &rng) }
        for i in doc.notices.indices { doc.notices[i].paragraphs = linked(doc.notices[i].paragraphs, &rng) }
        return doc
    }

    /// What a link's words may be: the usual, the same words for different targets, one
    /// word longer than any screen, characters two cells wide or none, controls.
    static let words = ["hier", "deze brief", "hier", "Kamerstuk 36 410, nr. 12", String(repeating: "lang", count: 120),
                        "中文 链接", "😀 👍🏽", "e\u{301}", "\u{1B}[2J klik", "\u{202E}omgekeerd", "", " ", "https://example.org/zelf"]

    /// Where a link may lead: web pages (short, long, with a query), and what the URL rule
    /// refuses (other schemes, a space, a bidi control), which stays words without a link.
    static func target(_ rng: inout StormRandom) -> String {
        switch rng.int(0...7) {
        case 0: "https://www.rijksoverheid.nl/documenten/\(rng.int(1...99))"
        case 1: StormDocuments.url(&rng, length: rng.int(20...600))
        case 2: "http://example.org/?a=1&b=\(rng.int(1...9))#deel"
        case 3: "mailto:griffie@tweedekamer.nl"
        case 4: "file:///etc/passwd"
        case 5: "https://a b.example/"
        case 6: "https://x.example/\u{202E}gpj.exe"
        default: "https://example.org/é/\(rng.int(1...3))"
        }
    }

    /// The paragraphs with about one text run in three broken up by links.
    static func linked(_ paragraphs: ParagraphList, _ rng: inout StormRandom) -> ParagraphList {
        ParagraphList(paragraphs.map { paragraph in
            var runs: [Inline] = []
            for run in paragraph.runs {
                guard case .text(let text) = run, rng.chance(0.35) else {
                    runs.append(run)
                    continue
                }
                let parts = text.split(separator: " ", omittingEmptySubsequences: false)
                let cut = rng.int(0...parts.count)
                runs.append(.text(parts[..<cut].joined(separator: " ") + " "))
                runs.append(.link(text: rng.pick(words), url: target(&rng)))
                if rng.chance(0.3) { runs.append(.link(text: rng.pick(words), url: target(&rng))) }
                runs.append(.text(" " + parts[cut...].joined(separator: " ")))
            }
            return Paragraph(runs)
        })
    }
}
