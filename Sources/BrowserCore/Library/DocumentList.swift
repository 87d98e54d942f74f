import KamervragenKit

/// The columns of the list, in the order they show; each one sorts.
enum LibraryColumn: Int, CaseIterable, Sendable {
    case date, number, askers, answerer, subject, questions

    var title: Catalogue.LibraryView {
        switch self {
        case .date: .columnDate
        case .number: .columnNumber
        case .askers: .columnAskers
        case .answerer: .columnAnswerer
        case .subject: .columnSubject
        case .questions: .columnQuestions
        }
    }
}

/// The rows the list shows: every document, filtered by what was typed and sorted by a
/// column. Keys are folded once (accents and case off, as the reader's search), so a
/// filter typed a letter at a time only compares arrays of numbers; they are folded when
/// first needed, so opening a large library sorted by date folds nothing.
struct DocumentList {
    let documents: [LibraryRow]
    /// Each document's text for the filter: every column and the file name, folded.
    private var haystacks: [[UInt32]] = []
    /// The folded text of the text columns, for sorting.
    private var sortKeys: [[[UInt32]]] = []

    /// The widest number, for the width of its column.
    let numberWidth: Int

    var column = LibraryColumn.date
    /// Newest first is what people open a folder of answers for.
    var descending = true
    var filter = ""
    /// Indices into `documents`, filtered and sorted.
    private(set) var shown: [Int] = []
    /// Index into `shown`.
    var selected = 0
    /// The first row on screen, an index into `shown`.
    var scroll = 0

    init(_ documents: [LibraryRow]) {
        self.documents = documents
        numberWidth = documents.lazy.map { DisplayWidth.of($0.number) }.max() ?? 0
        refresh()
    }

    var selectedDocument: LibraryRow? { shown.indices.contains(selected) ? documents[shown[selected]] : nil }

    /// Filters and sorts again, keeping the selected document selected when it still shows.
    mutating func refresh() {
        let keep = shown.indices.contains(selected) ? shown[selected] : nil
        if !filter.isEmpty, haystacks.isEmpty {
            haystacks = documents.map { d in
                SearchFolding.fold([d.date, d.number, d.askers, d.answerer, d.subject, d.fileName].joined(separator: " "),
                                   caseSensitive: false)
            }
        }
        if [.askers, .answerer, .subject].contains(column), sortKeys.isEmpty {
            sortKeys = documents.map { d in
                [d.askers, d.answerer, d.subject.isEmpty ? d.fileName : d.subject].map { SearchFolding.fold($0, caseSensitive: false) }
            }
        }
        let words = filter.split(whereSeparator: \.isWhitespace).map { SearchFolding.fold(String($0), caseSensitive: false) }
        var rows = words.isEmpty ? Array(documents.indices)
            : documents.indices.filter { i in words.allSatisfy { Self.contains(haystacks[i], $0) } }
        rows.sort { a, b in
            // A document without the value goes last, whichever way the column sorts.
            let ea = isEmpty(a), eb = isEmpty(b)
            if ea != eb { return eb }
            let order = compare(a, b)
            if order != 0 { return descending ? order > 0 : order < 0 }
            // Ties keep one order whichever way the column sorts: newest first, then by path.
            if documents[a].date != documents[b].date { return documents[a].date > documents[b].date }
            return documents[a].path < documents[b].path
        }
        shown = rows
        selected = keep.flatMap { rows.firstIndex(of: $0) } ?? 0
    }

    /// Whether document `i` has no value in the current column.
    private func isEmpty(_ i: Int) -> Bool {
        let d = documents[i]
        switch column {
        case .date: return d.date.isEmpty
        case .number: return d.number.isEmpty
        case .askers: return sortKeys[i][0].isEmpty
        case .answerer: return sortKeys[i][1].isEmpty
        case .subject: return sortKeys[i][2].isEmpty
        case .questions: return false
        }
    }

    /// -1, 0 or 1 as document `a` sorts before, with or after `b` by the current column
    /// (both have a value).
    private func compare(_ a: Int, _ b: Int) -> Int {
        let x = documents[a], y = documents[b]
        func order<T: Comparable>(_ p: T, _ q: T) -> Int { p < q ? -1 : (p == q ? 0 : 1) }
        func text(_ k: Int) -> Int {
            let p = sortKeys[a][k], q = sortKeys[b][k]
            if p == q { return 0 }
            return p.lexicographicallyPrecedes(q) ? -1 : 1
        }
        switch column {
        case .date: return order(x.date, y.date)
        case .number:
            // Numerically: nr. 98 before nr. 730.
            switch (Int(x.number), Int(y.number)) {
            case let (p?, q?): return order(p, q)
            case (nil, nil): return order(x.number, y.number)
            case (nil, _): return -1
            case (_, nil): return 1
            }
        case .askers: return text(0)
        case .answerer: return text(1)
        case .subject: return text(2)
        case .questions:
            let o = order(x.questions, y.questions)
            return o != 0 ? o : order(x.answered, y.answered)
        }
    }

    static func contains(_ haystack: [UInt32], _ needle: [UInt32]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
