import CLibXML2

/// Well-formed XML to `XMLHandler` events through libxml2's SAX2 push parser, with the
/// options that keep a hostile part harmless: no network (`XML_PARSE_NONET`), no entity
/// substitution (no `XML_PARSE_NOENT`), no DTD loading or default attributes from one,
/// libxml2's own size and depth limits left on (no `XML_PARSE_HUGE`), and any document
/// type declaration refused the moment it starts, before its declarations are read: OPC
/// forbids DTDs in a package's parts, so "billion laughs" stops at its first line.
///
/// The package's second island of pointers (the other is `Inflater`): the callbacks are C
/// functions that reach the handler through the context pointer libxml2 hands back.
public enum SAXParser {
    public static func parse(_ bytes: [UInt8], part: String, into handler: XMLHandler,
                             limits: XMLLimits = .standard) throws(PackageError) {
        _ = initialised
        guard bytes.count < Int(Int32.max) else {
            throw PackageError(.memberTooLarge(part, limit: Int(Int32.max)))
        }
        let context = SAXContext(handler: handler, part: part, limits: limits)
        var sax = makeHandler()
        let unmanaged = Unmanaged.passRetained(context)
        defer { unmanaged.release() }
        guard let parser = xmlCreatePushParserCtxt(&sax, unmanaged.toOpaque(), nil, 0, nil) else {
            throw PackageError(.malformedXML(part: part, line: 0, detail: "the XML parser could not start"))
        }
        defer { xmlFreeParserCtxt(parser) }
        context.parser = parser
        xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue))
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                _ = xmlParseChunk(parser, $0.baseAddress, Int32($0.count), 1)
            }
        }
        if let failure = context.failure { throw failure }
        if context.stoppedEarly { return }
        if parser.pointee.wellFormed == 0 {
            throw PackageError(.malformedXML(part: part, line: Int(parser.pointee.input?.pointee.line ?? 0), detail: "not well-formed"))
        }
        context.flushText()
    }

    /// Once per process, before any parse on any thread: libxml2's globals, and an
    /// external-entity loader that loads nothing (no DTD is ever read, so this is only
    /// a second lock on the same door).
    private static let initialised: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// Made for each parse: a C struct of function pointers, cheap to fill in.
    private static func makeHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { ctx, localname, _, uri, _, _, count, _, attributes in
            guard let ctx, let localname else { return }
            let context = SAXContext.from(ctx)
            context.flushText()
            guard context.enter() else { return }
            let name = XMLName(context.namespace(uri), context.nameIndex(localname))
            context.handler.startElement(name, attributes: XMLAttributes(base: attributes, count: Int(count), context: context))
        }
        sax.endElementNs = { ctx, localname, _, uri in
            guard let ctx, let localname else { return }
            let context = SAXContext.from(ctx)
            context.flushText()
            context.depth -= 1
            context.handler.endElement(XMLName(context.namespace(uri), context.nameIndex(localname)))
            if context.stopsEarly, context.handler.hasAllItNeeds { context.stopEarly() }
        }
        let characters: charactersSAXFunc = { ctx, chars, length in
            guard let ctx, let chars, length > 0 else { return }
            SAXContext.from(ctx).append(UnsafeBufferPointer(start: chars, count: Int(length)))
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        sax.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            let context = SAXContext.from(ctx)
            context.fail(PackageError(.doctype(part: context.part)))
        }
        sax.serror = { ctx, error in
            guard let ctx, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let context = SAXContext.from(ctx)
            let message = error.pointee.message.map { String(cString: $0) } ?? "malformed"
            let clean = message.split(whereSeparator: { $0 == "\n" }).first.map(String.init) ?? message
            context.fail(PackageError(.malformedXML(part: context.part, line: Int(error.pointee.line), detail: clean)))
        }
        return sax
    }
}

/// The state one parse shares with the C callbacks.
final class SAXContext {
    let handler: XMLHandler
    /// The handler may stop the parse early (the others pay one check per end tag).
    let stopsEarly: Bool
    /// The handler had all it needed and the parse was stopped: the rest of the part is
    /// unread, so libxml2's verdict on the whole is not asked for.
    private(set) var stoppedEarly = false
    let vocabulary: XMLVocabulary
    let part: String
    let limits: XMLLimits
    var parser: xmlParserCtxtPtr?
    private(set) var failure: PackageError?
    var depth = 0
    private var pending: [UInt8] = []
    /// libxml2 keeps one copy of each name and namespace URI per parse (its dictionary),
    /// so an address seen before stands for the same name: two small tables from address
    /// to meaning, filled at each name's first tag, spare the string comparisons at every
    /// later one. Fixed-size and reached through pointers (not arrays in properties), so
    /// the callbacks pay no copy-on-write or exclusivity checks for them.
    private let names: UnsafeMutablePointer<NameSlot>
    private let namespaces: UnsafeMutablePointer<NamespaceSlot>
    private var namesFilled = 0

    struct NameSlot {
        var key: UnsafePointer<xmlChar>?
        /// The vocabulary index, or -1 for a name not in it.
        var index: Int
    }

    struct NamespaceSlot {
        var key: UnsafePointer<xmlChar>?
        var namespace: OOXMLNamespace
    }

    private static let nameSlots = 256
    private static let namespaceSlots = 16

    init(handler: XMLHandler, part: String, limits: XMLLimits) {
        self.handler = handler
        self.stopsEarly = handler.stopsEarly
        self.vocabulary = handler.vocabulary
        self.part = part
        self.limits = limits
        names = .allocate(capacity: Self.nameSlots)
        names.initialize(repeating: NameSlot(key: nil, index: -1), count: Self.nameSlots)
        namespaces = .allocate(capacity: Self.namespaceSlots)
        namespaces.initialize(repeating: NamespaceSlot(key: nil, namespace: .none), count: Self.namespaceSlots)
    }

    deinit {
        names.deallocate()
        namespaces.deallocate()
    }

    static func from(_ ctx: UnsafeMutableRawPointer) -> SAXContext {
        Unmanaged<SAXContext>.fromOpaque(ctx).takeUnretainedValue()
    }

    func namespace(_ uri: UnsafePointer<xmlChar>?) -> OOXMLNamespace {
        guard let uri else { return .none }
        for k in 0..<Self.namespaceSlots {
            let slot = namespaces[k]
            if slot.key == uri { return slot.namespace }
            if slot.key == nil {
                let namespace = OOXMLNamespace(uri: String(cString: uri))
                namespaces[k] = NamespaceSlot(key: uri, namespace: namespace)
                return namespace
            }
        }
        return OOXMLNamespace(uri: String(cString: uri))
    }

    /// The local name's place in the handler's vocabulary (open addressing on the
    /// address; a name is compared by its bytes only the first time it is seen, and
    /// every time once the table is three-quarters full, which no Word part reaches).
    func nameIndex(_ name: UnsafePointer<xmlChar>) -> Int? {
        let mask = Self.nameSlots - 1
        var h = Int(truncatingIfNeeded: (UInt(bitPattern: name) &* 0x9E37_79B9_7F4A_7C15) >> 56) & mask
        while true {
            let slot = names[h]
            if slot.key == name { return slot.index < 0 ? nil : slot.index }
            if slot.key == nil { break }
            h = (h + 1) & mask
        }
        let index = vocabulary.index(of: name)
        if namesFilled < Self.nameSlots * 3 / 4 {
            names[h] = NameSlot(key: name, index: index ?? -1)
            namesFilled += 1
        }
        return index
    }

    /// Counts one more open element; false (and the parse stopped) past the limit. The
    /// push parser does not apply libxml2's own depth limit, so this one is ours.
    func enter() -> Bool {
        depth += 1
        if depth > limits.maxDepth {
            fail(PackageError(.tooDeep(part: part, limit: limits.maxDepth)))
            return false
        }
        return true
    }

    func append(_ chars: UnsafeBufferPointer<xmlChar>) {
        guard failure == nil else { return }
        if pending.count + chars.count > limits.maxTextRun {
            fail(PackageError(.textRunTooLong(part: part, limit: limits.maxTextRun)))
            return
        }
        pending.append(contentsOf: chars)
    }

    func flushText() {
        guard !pending.isEmpty, failure == nil else { return }
        handler.text(pending)
        pending.removeAll(keepingCapacity: true)
    }

    func stopEarly() {
        guard failure == nil, let parser else { return }
        stoppedEarly = true
        xmlStopParser(parser)
    }

    /// Keeps the first failure (later ones are its consequences) and stops the parser.
    func fail(_ error: PackageError) {
        if failure == nil { failure = error }
        if let parser { xmlStopParser(parser) }
    }
}

/// The attributes of the element being started, read in place. Valid only during the
/// `startElement` call that receives it, like the C array it reads.
public struct XMLAttributes {
    fileprivate let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    public let count: Int
    fileprivate let context: SAXContext

    /// The value of the attribute `local` in `namespace`, decoded; nil when absent.
    public func value(_ namespace: OOXMLNamespace, _ local: StaticString) -> String? {
        guard let raw = raw(namespace, local) else { return nil }
        return Self.decoded(raw)
    }

    /// Whether the attribute is present with exactly `expected` as its value (which has
    /// no `&`, so the bytes as libxml2 hands them can be compared as they are).
    public func value(_ namespace: OOXMLNamespace, _ local: StaticString, is expected: StaticString) -> Bool {
        guard let raw = raw(namespace, local), raw.count == expected.utf8CodeUnitCount else { return false }
        let p = expected.utf8Start
        for i in 0..<raw.count where raw[i] != p[i] { return false }
        return true
    }

    /// The attribute's value read as `Int(value)` reads a string (an optional sign, then
    /// decimal digits, nil on anything else or on overflow), without making the string.
    public func int(_ namespace: OOXMLNamespace, _ local: StaticString) -> Int? {
        guard let raw = raw(namespace, local), !raw.isEmpty else { return nil }
        var i = 0
        let negative = raw[0] == 0x2D
        if raw[0] == 0x2B || negative { i = 1 }
        guard i < raw.count else { return nil }
        var value = 0
        while i < raw.count {
            let digit = raw[i] &- 0x30
            guard digit < 10 else { return nil }
            let (tens, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? tens.subtractingReportingOverflow(Int(digit)) : tens.addingReportingOverflow(Int(digit))
            guard !o1, !o2 else { return nil }
            value = next
            i += 1
        }
        return value
    }

    /// An on/off property (OOXML's `ST_OnOff`): on when the attribute is absent or says
    /// anything but `0`, `false` or `off`.
    public func isOn(_ namespace: OOXMLNamespace, _ local: StaticString) -> Bool {
        guard raw(namespace, local) != nil else { return true }
        return !(value(namespace, local, is: "0") || value(namespace, local, is: "false") || value(namespace, local, is: "off"))
    }

    /// The value's bytes in place, as libxml2 hands them over; nil when absent.
    private func raw(_ namespace: OOXMLNamespace, _ local: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        for k in 0..<count {
            let entry = base + 5 * k
            guard let name = entry[0], Self.equal(name, local) else { continue }
            guard context.namespace(entry[2]) == namespace else { continue }
            guard let start = entry[3], let end = entry[4] else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// An attribute's value as text. Without entity substitution libxml2 hands an `&`
    /// (written `&amp;` or `&#38;`) back as the five bytes `&#38;`, so that a consumer
    /// building a tree cannot mistake it for the start of a reference; every other
    /// reference comes decoded. A URL's query (`?a=1&b=2`) needs the `&` back.
    static func decoded(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, i + 5 <= bytes.count, bytes[(i + 1)..<(i + 5)].elementsEqual("#38;".utf8) {
                out.append(0x26)
                i += 5
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Every attribute as (namespace, local name, value): for tests and diagnostics.
    public var all: [(OOXMLNamespace, String, String)] {
        guard let base else { return [] }
        return (0..<count).map { k in
            let entry = base + 5 * k
            let name = entry[0].map { String(cString: $0) } ?? ""
            let value = entry[3].flatMap { start in entry[4].map { Self.decoded(UnsafeBufferPointer(start: start, count: $0 - start)) } } ?? ""
            return (context.namespace(entry[2]), name, value)
        }
    }

    private static func equal(_ c: UnsafePointer<xmlChar>, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        let p = s.utf8Start
        for i in 0..<n where c[i] != p[i] { return false }
        return c[n] == 0
    }
}

/// Here, not beside the type: the package's pointer code stays in this file and
/// `Inflater` (docs/architecture.md, "Bytes").
extension XMLVocabulary {
    /// The place of the NUL-terminated name at `name` in the list, nil when absent.
    func index(of name: UnsafePointer<UInt8>) -> Int? {
        var length = 0
        while name[length] != 0 { length += 1 }
        for (k, candidate) in names.enumerated() where candidate.count == length {
            var equal = true
            for i in 0..<length where candidate[i] != name[i] {
                equal = false
                break
            }
            if equal { return k }
        }
        return nil
    }
}
