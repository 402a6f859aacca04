/// A token of normalized text: a kind and a byte range, never a `String`.
///
/// ```
///  "Chỉ thị số 16/CT-TTg"
///   word  word  word  number punct word punct word
/// ```
@_spi(Stages) public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters (Latin, Vietnamese, any other script), with digits glued to them (`QH15`, `năm2018`).
        case word
        /// ASCII digits.
        case number
        /// One punctuation or symbol character.
        case punctuation
        /// Spaces and tabs.
        case space
        /// A line break (LF, CR or CR LF).
        case newline
    }

    /// The kind of token.
    public let kind: Kind
    /// Start offset in the normalized bytes.
    public let start: UInt32
    /// End offset (exclusive) in the normalized bytes.
    public let end: UInt32

    /// The byte range of the token.
    public var range: Range<Int> { Int(start)..<Int(end) }
}
