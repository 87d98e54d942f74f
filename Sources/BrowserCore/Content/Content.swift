import KamervragenKit
import Synchronization

/// The whole document as display blocks; a reference type so that copying the browser
/// state (a value) never copies the text.
///
/// Only what each block is made from is kept (`BlockSource`, sixteen bytes a block); a
/// block's characters are made when something asks for it, and the last ones asked for
/// are kept in a small cache, because a frame asks for the same few blocks many times.
/// Making every block before the first screen cost several bytes per character of a
/// document, and most of the wait on a large one.
final class Content: Sendable {
    let sources: [BlockSource]
    private let maker: BlockMaker
    private let cache = Mutex(BlockCache())
    /// The heading block of each question and answer, for jumps.
    let questionHeading: [Int]
    let answerHeading: [Int]
    let title: String
    private let bothNoteKinds: Bool

    /// How a note's marker is shown: `[1]`, or `[e1]` for an endnote when both kinds occur.
    func noteLabel(_ id: NoteID) -> String { Labels.note(id, both: bothNoteKinds) }
    /// For each answer, the indices of the questions it covers (looked up once: the
    /// status line asks on every frame).
    let answerQuestions: [[Int]]
    /// How many questions have an answer: the status line says it on every frame at the top.
    let answeredCount: Int

    /// Below this many characters (by the blocks' sizes) the layout measures every block
    /// and a search counts every match as soon as they are made: a few milliseconds at
    /// most, and every line number and count is exact from the start. Tests lower it to
    /// exercise the large-document paths on small documents.
    let eagerCharacters: Int
    static let eagerCharacters = 1_000_000

    /// The library's documents, when the reader was opened from a library: references to
    /// answers become links (`DocumentReferences`). Nil otherwise.
    let references: LibraryReferences?

    /// The language of the program's own words in the blocks (the document's stay as written).
    let language: Language

    /// `linkTargetsShown`: a link shown as other words than its URL is followed by the URL
    /// in angle brackets, for text that is read without a way to select a link (a pipe).
    init(document: Document, eagerCharacters: Int = Content.eagerCharacters, references: LibraryReferences? = nil,
         language: Language = .english, linkTargetsShown: Bool = false) {
        self.language = language
        self.eagerCharacters = eagerCharacters
        self.references = references
        var builder = ContentBuilder(document: document)
        builder.build()
        sources = builder.sources
        maker = BlockMaker(document: document, bothKinds: builder.bothKinds, language: language,
                           metadataLines: builder.metadataLines, questionOfNumber: builder.questionOfNumber,
                           linkTargetsShown: linkTargetsShown)
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
        var size = 0
        for s in sources { size += Int(s.size) }
        self.size = size
        let name = document.metadata.title ?? document.source
        title = name.isEmpty ? "kamervragen" : name
    }

    var count: Int { sources.count }

    /// The blocks' sizes added up: about how many characters the document shows.
    let size: Int

    /// Block `i`, from the cache or made now.
    func block(_ i: Int) -> Block {
        if let hit = cache.withLock({ $0[i] }) { return hit }
        var made = maker.make(sources[i])
        if let references { made.linkReferences(references) }
        cache.withLock { $0[i] = made }
        return made
    }

    /// Block `i` made afresh and not kept: for passes over the whole document (measuring
    /// lines, searching, the plain-text dump), which would only push the blocks on screen
    /// out of the cache.
    func makeBlock(_ i: Int) -> Block { maker.make(sources[i]) }

    /// What wrapping reads of block `i` when all of it is plain narrow text without URLs,
    /// made without the block (`BlockMaker.plainCells`); nil for any other block.
    func plainCells(_ i: Int) -> [UInt8]? { maker.plainCells(sources[i]) }

    /// The blocks as a collection, made on access.
    var blocks: Blocks { Blocks(content: self) }

    struct Blocks: RandomAccessCollection {
        let content: Content
        var startIndex: Int { 0 }
        var endIndex: Int { content.count }
        subscript(i: Int) -> Block { content.block(i) }
    }
}

/// The blocks made last, by index: slot `i % size` holds block `i` or another block that
/// maps to the same slot. A screen's blocks are consecutive, so they never evict each
/// other; a dictionary would need hashing and, on the way to the first screen, the
/// runtime's conformance search for its key type. Plain arrays rather than one of
/// optional pairs, whose generic type the runtime would build at start-up; the blocks are
/// kept in the order their slots were first filled, so that a new cache is a table of
/// small integers and not 256 empty blocks copied in (and a first screen fills a dozen).
struct BlockCache {
    private static let size = 256
    /// Where each slot's block is in `blocks`, or -1 while the slot is empty.
    private var places = [Int32](repeating: -1, count: BlockCache.size)
    private var owners: [Int] = []
    private var blocks: [Block] = []

    subscript(i: Int) -> Block? {
        get {
            let p = Int(places[i % Self.size])
            return p >= 0 && owners[p] == i ? blocks[p] : nil
        }
        set {
            guard let block = newValue else { return }
            let slot = i % Self.size
            let p = Int(places[slot])
            if p >= 0 {
                owners[p] = i
                blocks[p] = block
            } else {
                places[slot] = Int32(blocks.count)
                owners.append(i)
                blocks.append(block)
            }
        }
    }
}
