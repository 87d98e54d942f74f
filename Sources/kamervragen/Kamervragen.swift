import ArgumentParser

struct Kamervragen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kamervragen",
        abstract: "Read answers to Dutch parliamentary written questions, question by question.",
        version: "0.1.0",
        subcommands: [Browse.self, Outline.self, Show.self, Export.self, Search.self, List.self],
        defaultSubcommand: Browse.self
    )
}
