package io.zonebrief.text;

/**
 * A sentence of a block: the range [from, to) of the block's text. Offsets into the original
 * document come from the block, so a sentence can always be quoted as it stands in the file.
 *
 * @param block the block it belongs to
 * @param index position of the block in its document
 * @param from  start in the block text
 * @param to    end (exclusive) in the block text
 */
public record Sentence(Block block, int index, int from, int to) {

    /** The sentence as written (layout line breaks removed). */
    public String text() {
        return block.text().substring(from, to);
    }

    /** The sentence normalised for matching. */
    public String norm() {
        return block.norm().substring(from, to);
    }
}
