package cn.gov.yongzhou.qingfeng.intake;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * QR codes as SVG, one unit per module, so they print sharp at any size. Encoding is ZXing's; this class only
 * draws the matrix.
 */
final class QrCodes {

    /** Modules of white around the symbol, as the QR standard asks. */
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** The symbol with its quiet zone: one bit per module, error correction M (about 15 % may be soiled). */
    static BitMatrix matrix(String text) {
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, QUIET_ZONE,
                EncodeHintType.CHARACTER_SET, "UTF-8");
        try {
            // size 0: ZXing's smallest rendering, exactly one bit per module
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }

    /** A standalone SVG document of the code, its viewBox in modules. */
    static String svg(String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(matrix(text), null) + "\n";
    }

    /**
     * An {@code <svg>} element drawing {@code matrix}; {@code placement} (x, y, width, height attributes) nests it in another
     * SVG.
     */
    static String element(BitMatrix matrix, String placement) {
        int size = matrix.getWidth();
        StringBuilder svg = new StringBuilder(size * size * 4);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" ");
        if (placement != null) {
            svg.append(placement).append(' ');
        }
        svg.append("viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\" shape-rendering=\"crispEdges\">")
                .append("<rect width=\"").append(size).append("\" height=\"").append(size).append("\" fill=\"#fff\"/>")
                .append("<path fill=\"#000\" d=\"").append(pathData(matrix)).append("\"/></svg>");
        return svg.toString();
    }

    /** Every dark module as a unit square {@code M{x} {y}h1v1h-1z}, all in one path. */
    static String pathData(BitMatrix matrix) {
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    d.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return d.toString();
    }
}
