extension Catalogue {
    /// What the loader says about a file it cannot read as a document.
    public enum Input: MessageSet {
        /// A web page: the parser reads text, not markup.
        case htmlNotText

        public func template(in language: Language) -> String {
            switch language {
            case .english:
                switch self {
                case .htmlNotText:
                    "no questions, answers or notice found: this looks like a web page (HTML); open the document's PDF or text version, or save the page as text"
                }
            case .dutch:
                switch self {
                case .htmlNotText:
                    "geen vragen, antwoorden of mededeling gevonden: dit lijkt een webpagina (HTML); open de pdf- of tekstversie van het document, of sla de pagina op als tekst"
                }
            }
        }
    }
}
