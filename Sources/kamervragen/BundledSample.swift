import KamervragenKit

/// The sample opened when no file is given and standard input is a terminal. It travels
/// inside the binary (`SampleText.swift`, generated from seeds/ by
/// scripts/embed-sample.sh), so a copied or installed binary opens it too: an absolute
/// path into the checkout failed on any other machine.
enum BundledSample {
    static func document() throws(LoadError) -> Document {
        try DocumentLoader.parse(bytes: text.withUTF8Buffer { Array($0) }, source: name)
    }
}
