import ArgumentParser
import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// Loads a document for a command, turning a `LoadError` into its one-line message and
/// sysexits code.
func loadDocument(_ path: String) throws -> Document {
    do {
        return try DocumentLoader.load(path: path)
    } catch {
        printError(error.description)
        throw ExitCode(error.exitCode)
    }
}

func printError(_ message: String) {
    var err = StandardError()
    print("kamervragen: \(message)", to: &err)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        var bytes = Array(string.utf8)
        bytes.withUnsafeMutableBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
