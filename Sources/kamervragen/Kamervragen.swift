import ArgumentParser

struct Kamervragen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kamervragen",
        abstract: "Read answers to Dutch parliamentary written questions, question by question.",
        // The everyday form first, as `less` and `man` show theirs; the subcommands after.
        usage: """
            kamervragen [FILE]
            kamervragen <subcommand> [<options>]
            """,
        discussion: "FILE is a text file, a PDF or a Word .docx (- is standard input). With no FILE, "
            + "a document piped in is read, else the sample inside the program is shown. A folder "
            + "(or several files) opens the library view.",
        version: "0.1.0",
        subcommands: [Browse.self, Outline.self, Show.self, Export.self, Search.self, List.self],
        defaultSubcommand: Browse.self
    )
}
