import ArgumentParser
import KamervragenKit

/// The options every command that reads a document shares.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("max-size"), help: ArgumentHelp(
        Catalogue.Input.maxSizeHelp.text(InputLimits.describe(InputLimits.defaultMaxSize)), valueName: Catalogue.Help.valueSize.text()))
    var maxSize: ByteCount?

    var limits: InputLimits {
        InputLimits(maxSize: maxSize?.bytes ?? InputLimits.defaultMaxSize)
    }
}

/// A size on the command line: `600M`, `2G`, `1048576` (`InputLimits.size`).
struct ByteCount: ExpressibleByArgument {
    var bytes: Int

    init?(argument: String) {
        guard let bytes = InputLimits.size(argument) else { return nil }
        self.bytes = bytes
    }
}
