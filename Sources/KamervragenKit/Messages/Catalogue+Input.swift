extension Catalogue {
    /// What the program says about what it reads: the limits on it, and a file it cannot
    /// read as a document.
    public enum Input: MessageSet {
        /// An input past the size limit; %1 is the limit (`512 MiB`).
        case tooLarge
        /// The help of `--max-size`; %1 is the default.
        case maxSizeHelp
        /// A web page: the parser reads text, not markup.
        case htmlNotText

        public var english: String {
            switch self {
            case .tooLarge: "larger than %1, the most read of one document (--max-size raises it)"
            case .maxSizeHelp: "Refuse an input larger than this many bytes, with K, M, G or T for KiB, MiB, GiB or TiB (default: %1)."
            case .htmlNotText:
                "no questions, answers or notice found: this looks like a web page (HTML); open the document's PDF or text version, or save the page as text"
            }
        }

        public var dutch: String {
            switch self {
            case .tooLarge: "groter dan %1, het meeste dat van één document gelezen wordt (--max-size verhoogt dat)"
            case .maxSizeHelp: "Weiger invoer van meer dan zoveel bytes, met K, M, G of T voor KiB, MiB, GiB of TiB (standaard: %1)."
            case .htmlNotText:
                "geen vragen, antwoorden of mededeling gevonden: dit lijkt een webpagina (HTML); open de pdf- of tekstversie van het document, of sla de pagina op als tekst"
            }
        }
    }
}
