import Foundation
import Testing
@testable import KamervragenKit

/// The corpus Word files copied into the test bundle, with the structure written down for
/// each by reading it (`<name>.docx.json`).
enum DocxFixtures {
    static let names = [
        "antwoord_2023Z14759_jenv-4980892_Wassenberg_bijtincidenten-honden",
        "antwoord_2023Z19677_jenv-5164758_Temmink-VanNispen_niet-noodnummer",
        "antwoord_2024Z11859_jenv-5624406_Mutluer-ea_politiebureau-Wolvega",
        "antwoord_jenv-5303168_Eerdmans_ME-er-Arnhem-religie",
        "antwoord_jenv-5401166_Lahlah-Chakor_hoofddoekjes-boa",
    ]

    struct Expected: Decodable {
        var questions: [String]
        var answers: [[String]]
        var footnotes: Int
        var first_question_words: String
        var first_answer_words: String
        var note_texts_start: [String]
        var metadata: [String: JSONAny]
    }

    /// A metadata value as the expectations write it: a string or a list of strings.
    enum JSONAny: Decodable {
        case string(String)
        case strings([String])
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { self = .string(s) } else { self = .strings(try c.decode([String].self)) }
        }
        var string: String? { if case .string(let s) = self { s } else { nil } }
        var strings: [String]? { if case .strings(let s) = self { s } else { nil } }
    }

    /// The cover letter's facts in `meta` as the expectations for `name` write them down.
    static func expectMetadata(_ meta: Metadata, as name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try Self.expected(name).metadata
        #expect(meta.askers.map(\.name) == expected["askers"]?.strings, "\(name)", sourceLocation: sourceLocation)
        #expect(meta.askers.map { $0.party ?? "" } == expected["asker_parties"]?.strings, "\(name)", sourceLocation: sourceLocation)
        #expect(meta.answeredBy == expected["minister_or_staatssecretaris"]?.string, "\(name)", sourceLocation: sourceLocation)
        #expect(meta.received == expected["date_received_or_sent"]?.string.flatMap(DutchDate.parse), "\(name)", sourceLocation: sourceLocation)
        #expect(meta.submitted == expected["questions_letter_date"]?.string.flatMap(DutchDate.parse), "\(name)", sourceLocation: sourceLocation)
        #expect(meta.reference == expected["reference"]?.string, "\(name)", sourceLocation: sourceLocation)
        let kenmerk = expected["ons_kenmerk"]?.string
        #expect(meta.ourReference == (kenmerk == "" ? nil : kenmerk), "\(name)", sourceLocation: sourceLocation)
    }

    static func bytes(_ name: String) throws -> [UInt8] { try Fixture.bytes("docx/\(name).docx") }
    static func path(_ name: String) throws -> String { try Fixture.url("docx/\(name).docx").path }

    static func expected(_ name: String) throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(Fixture.bytes("docx/\(name).docx.json")))
    }
}
