import KamervragenKit

/// A library opened from its index alone shows its list at once and checks its files
/// after the first screen, in idle steps (the terminal loop calls `doIdleWork` only while
/// no key is waiting). When a document was added, changed, moved or removed, the list is
/// read again: the column, order, filter and selected document stay.
extension LibraryBrowser {
    /// One step of the file check; the new rows in place once it is done.
    mutating func fileCheckStep() {
        guard checkingFiles else { return }
        switch source.checkFiles() {
        case .more: return
        case .done(let rows, let text):
            checkingFiles = false
            if let rows { replaceDocuments(rows) }
            if let text { say(text, role: .message) }
        case .failed(let f):
            checkingFiles = false
            say(f.message, role: .error)
        }
    }

    private mutating func say(_ text: String, role: Role) {
        guard !text.isEmpty else { return }
        if showing == .reader { reader?.showMessage(text) } else { message = (text, role) }
    }

    /// The list made of new rows, kept as it was shown.
    mutating func replaceDocuments(_ rows: [LibraryRow]) {
        let selectedKey = list.selectedDocument?.key
        var l = DocumentList(rows)
        l.column = list.column
        l.descending = list.descending
        l.filter = list.filter
        l.refresh()
        l.selected = selectedKey.flatMap { key in l.shown.firstIndex { l.documents[$0].key == key } } ?? min(list.selected, max(0, l.shown.count - 1))
        l.scroll = list.scroll
        list = l
        documentIDs = Self.ids(rows)
        settle()
    }

    static func ids(_ rows: [LibraryRow]) -> Set<String> { Set(rows.lazy.map(\.id).filter { !$0.isEmpty }) }
}
