/// Ceilings for one XML part, beyond those libxml2 keeps without `XML_PARSE_HUGE` (a name
/// longer than 50,000 bytes or an attribute value longer than 10,000,000 bytes is an
/// error there).
public struct XMLLimits: Hashable, Sendable {
    /// Bytes of text between two tags: a Word text run is a few hundred bytes.
    public var maxTextRun: Int
    /// Elements open at once. Word's deepest (a text box in a table cell in a text box)
    /// are some forty deep.
    public var maxDepth: Int

    public init(maxTextRun: Int = 8 << 20, maxDepth: Int = 256) {
        self.maxTextRun = maxTextRun
        self.maxDepth = maxDepth
    }

    public static let standard = XMLLimits()
}
