import ArgumentParser

/// `vietcite`: finds citations in Vietnamese documents.
@main
struct VietCiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vietcite",
        abstract: "Find and resolve citations in Vietnamese documents.",
        version: "0.1.0",
        subcommands: [Extract.self, Graph.self, Normalize.self]
    )
}
