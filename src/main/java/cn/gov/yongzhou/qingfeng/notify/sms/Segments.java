package cn.gov.yongzhou.qingfeng.notify.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text in UCS-2 (UTF-16BE), the encoding every mainland handset reads Chinese in: up to 70 characters travel as one
 * short message; a longer one is cut into parts of 67 characters, each behind a user data header (IEI 00,
 * concatenated short message, 8-bit reference) so the handset joins them again. A surrogate pair is never cut.
 */
public final class Segments {

    /** Characters in one UCS-2 message (140 octets). */
    public static final int SINGLE = 70;
    /** Characters in one part of a long message (140 octets less the 6 of the header). */
    public static final int PART = 67;

    private Segments() {
    }

    /** How many messages a text takes. */
    public static int count(String text) {
        return split(text, 0).size();
    }

    /** The short_message payloads, each with its header when there is more than one. */
    public static List<byte[]> split(String text, int reference) {
        if (text.length() <= SINGLE) {
            return List.of(text.getBytes(StandardCharsets.UTF_16BE));
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + PART);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            byte[] body = pieces.get(i).getBytes(StandardCharsets.UTF_16BE);
            byte[] part = new byte[6 + body.length];
            part[0] = 0x05; // header length
            part[1] = 0x00; // concatenated short message, 8-bit reference
            part[2] = 0x03;
            part[3] = (byte) reference;
            part[4] = (byte) pieces.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(body, 0, part, 6, body.length);
            parts.add(part);
        }
        return parts;
    }

    /** One part as a receiver reads it: its header (if {@code udhi}) and its text. */
    public record Part(int reference, int total, int seq, String text) {
    }

    public static Part read(byte[] payload, boolean udhi) {
        if (!udhi) {
            return new Part(0, 1, 1, new String(payload, StandardCharsets.UTF_16BE));
        }
        int headerLength = payload[0] & 0xff;
        int reference = 0;
        int total = 1;
        int seq = 1;
        for (int i = 1; i < 1 + headerLength;) {
            int iei = payload[i] & 0xff;
            int len = payload[i + 1] & 0xff;
            if (iei == 0x00 && len == 3) {
                reference = payload[i + 2] & 0xff;
                total = payload[i + 3] & 0xff;
                seq = payload[i + 4] & 0xff;
            }
            i += 2 + len;
        }
        String text = new String(payload, 1 + headerLength, payload.length - 1 - headerLength,
                StandardCharsets.UTF_16BE);
        return new Part(reference, total, seq, text);
    }
}
