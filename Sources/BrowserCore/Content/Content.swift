import KamervragenKit
import Synchronization

/// The whole document as display blocks, built once per document; a reference type so
/// that copying the browser state (a value) never copies the text.
final class Content: Sendable {
    let blocks: [Block]
    /// The heading block of each question and answer, for jumps.
    let questionHeading: [Int]
    let answerHeading: [Int]
    /// Search units of the whole document, blocks separated by a line break (which no
    /// typed query contains, so no match spans two blocks); prepared once so a keystroke
    /// only compares integers in one array.
    var searchIndex: SearchableText {
        searchIndexCache.withLock { cache in
            if let built = cache { return built }
            let built = SearchableText(codedSegments: blocks.map(\.searchSegment))
            cache = built
            return built
        }
    }
    /// Built on first use (or by `Browser.prepareSearch()` once the first frame is up):
    /// tens of milliseconds on a very large document, which opening should not wait for.
    /// Read from the blocks' stored codes, never through `Block.characters`.
    private let searchIndexCache = Mutex<SearchableText?>(nil)
    /// The index in `searchIndex`'s characters where each block starts.
    let blockCharacterStart: [Int]
    let title: String
    private let bothNoteKinds: Bool

    /// How a note's marker is shown: `[1]`, or `[e1]` for an endnote when both kinds occur.
    func noteLabel(_ id: NoteID) -> String { Labels.note(id, both: bothNoteKinds) }
    /// For each answer, the indices of the questions it covers (looked up once: the
    /// status line asks on every frame).
    let answerQuestions: [[Int]]
    /// How many questions have an answer: the status line says it on every frame at the top.
    let answeredCount: Int

    init(document: Document) {
        var builder = ContentBuilder(document: document)
        builder.build()
        blocks = builder.blocks
        questionHeading = builder.questionHeading
        answerHeading = builder.answerHeading
        bothNoteKinds = builder.bothKinds
        let indexOfNumber = builder.questionOfNumber
        answerQuestions = document.answers.map { a in
            var indices: [Int] = []
            a.forEachQuestion { if let qi = indexOfNumber[$0] { indices.append(qi) } }
            return indices
        }
        var answered = 0
        for i in document.questions.indices where document.questions[i].answer != nil { answered += 1 }
        answeredCount = answered
        var starts: [Int] = []
        starts.reserveCapacity(blocks.count)
        var next = 0
        for i in blocks.indices {
            starts.append(next)
            next += blocks[i].count + 1
        }
        blockCharacterStart = starts
        let name = document.metadata.title ?? document.source
        title = name.isEmpty ? "kamervragen" : name
    }
}
