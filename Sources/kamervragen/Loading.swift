import ArgumentParser
import KamervragenKit

/// Loads a document for a command, turning a `LoadError` into its one-line message and
/// exit status.
func loadDocument(_ path: String, limits: InputLimits) throws -> Document {
    do {
        return try DocumentLoader.load(path: path, limits: limits)
    } catch {
        printError(error.description)
        throw ExitCode(error.status)
    }
}
