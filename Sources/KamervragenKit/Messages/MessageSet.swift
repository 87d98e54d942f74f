/// One section of the message catalogue: every sentence the program says in one area, as
/// cases of an enum, each with an English and a Dutch template.
///
/// Templates name their arguments `%1`, `%2`, … in order of `text(_:in:)`'s arguments, so
/// a translation may put them in another order. A section answers both languages in one
/// `switch` per language, which the compiler checks for completeness; the catalogue test
/// checks that no template is empty and that both languages use the same arguments.
///
/// The two requirements are `public` because the protocol is: the sections are used by
/// every module, and a public type's witness cannot be less visible than its protocol.
/// Callers outside the catalogue still go through `text`, which fills the arguments in.
public protocol MessageSet: CaseIterable, Hashable, Sendable {
    /// The English template.
    var english: String { get }
    /// The Dutch template.
    var dutch: String { get }
}

extension MessageSet {
    /// The template in `language`; one place chooses, so a section only lists its texts.
    public func template(in language: Language) -> String {
        switch language {
        case .english: english
        case .dutch: dutch
        }
    }

    /// The message in `language` (the process's own by default), arguments filled in.
    public func text(_ arguments: String..., in language: Language = .current) -> String {
        Catalogue.fill(template(in: language), arguments)
    }

    /// `text` with the arguments as an array, for callers that collect them.
    public func text(arguments: [String], in language: Language = .current) -> String {
        Catalogue.fill(template(in: language), arguments)
    }
}

/// Every message the program says, by area; `sections` lists them so one test can check
/// the whole catalogue. Add a new area's set here.
public enum Catalogue {
    /// Each section's templates as (English, Dutch) pairs, for the catalogue test.
    public static var sections: [(name: String, pairs: [(english: String, dutch: String)])] {
        [
            section(Catalogue.Common.self),
            section(Catalogue.Keys.self),
            section(Catalogue.Position.self),
            section(Catalogue.Input.self),
            section(Catalogue.Load.self),
            section(Catalogue.Word.self),
            section(Catalogue.Library.self),
            section(Catalogue.Query.self),
            section(Catalogue.Links.self),
            section(Catalogue.LibraryView.self),
            section(Catalogue.Clipboard.self),
            section(Catalogue.Parts.self),
            section(Catalogue.Reader.self),
            section(Catalogue.Commands.self),
            section(Catalogue.Help.self),
            section(Catalogue.Terminal.self),
            section(Catalogue.Diagnostics.self),
        ]
    }

    static func section<S: MessageSet>(_ type: S.Type) -> (name: String, pairs: [(english: String, dutch: String)]) {
        (String(describing: type), type.allCases.map { ($0.template(in: .english), $0.template(in: .dutch)) })
    }

    /// Replaces `%1` … `%9` by the arguments; `%%` is a literal percent sign. An argument
    /// is inserted as it is, never read as a template itself.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard template.utf8.contains(0x25) else { return template }
        var out = ""
        var rest = template[...]
        // `append(contentsOf:)` with a `Substring` is String's own overload; `+=` takes the
        // generic one for any sequence of characters, whose first call has the runtime
        // scan all its conformance records: a cost at every start, which fills messages in.
        while let p = rest.firstIndex(of: "%") {
            out.append(contentsOf: rest[..<p])
            let next = rest.index(after: p)
            guard next < rest.endIndex else { out += "%"; rest = rest[next...]; break }
            let c = rest[next]
            if c == "%" {
                out += "%"
            } else if let d = c.wholeNumberValue, c.isASCII, d >= 1 {
                out += d <= arguments.count ? arguments[d - 1] : ""
            } else {
                out += "%"
                out.append(c)
            }
            rest = rest[rest.index(after: next)...]
        }
        out.append(contentsOf: rest)
        return out
    }

    /// The argument numbers a template uses, for the catalogue test.
    public static func placeholders(_ template: String) -> Set<Int> {
        var found = Set<Int>()
        var it = template.makeIterator()
        while let c = it.next() {
            guard c == "%", let d = it.next() else { continue }
            if let n = d.wholeNumberValue, d.isASCII, n >= 1 { found.insert(n) }
        }
        return found
    }
}
