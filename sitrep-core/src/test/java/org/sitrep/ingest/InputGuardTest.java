package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InputGuardTest {
    final InputGuard guard = new InputGuard();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = InputGuardTest.class.getResourceAsStream("/badinput/" + name)) {
            return in.readAllBytes();
        }
    }

    static String reason(InputGuard.Result r) {
        assertThat(r).isInstanceOf(InputGuard.Rejected.class);
        return ((InputGuard.Rejected) r).reason();
    }

    @Test
    void emptyAndWhitespaceOnlyInputsAreRejected() throws IOException {
        assertThat(reason(guard.check(fixture("empty.txt")))).contains("empty");
        assertThat(reason(guard.check(fixture("whitespace.txt")))).contains("whitespace");
    }

    @Test
    void binaryInputIsRejected() throws IOException {
        assertThat(reason(guard.check(fixture("binary.txt")))).contains("binary");
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < 40; i++) controls[i * 5] = 0x01;
        assertThat(reason(guard.check(controls))).contains("control characters");
    }

    @Test
    void tooLargeInputIsRejectedWithItsSize() {
        byte[] big = new byte[2048];
        Arrays.fill(big, (byte) 'x');
        assertThat(reason(new InputGuard(1024).check(big))).startsWith("too large").contains("limit");
        assertThat(guard.sizeProblem(6L * 1024 * 1024)).contains("6.0 MB").contains("5.0 MB");
        assertThat(guard.sizeProblem(1000)).isNull();
    }

    @Test
    void undeclaredLatin1IsRejectedNamingTheProbableEncoding() throws IOException {
        assertThat(reason(guard.check(fixture("latin1.txt"))))
                .isEqualTo("not valid UTF-8 (looks like ISO-8859-1/Windows-1252); convert it to UTF-8");
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws IOException {
        InputGuard.Text t = (InputGuard.Text) guard.check(fixture("utf16.txt"));
        assertThat(t.text()).contains("Ukraine's air force").doesNotContain("\u0000").doesNotContain("\uFFFD");
        assertThat(t.warnings()).anyMatch(w -> w.contains("UTF-16LE"));
    }

    @Test
    void utf8ByteOrderMarkIsDroppedWithoutWarning() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Troops moved north.".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        InputGuard.Text t = (InputGuard.Text) guard.check(all);
        assertThat(t.text()).isEqualTo("Troops moved north.");
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void aCharsetDeclaredInHtmlIsHonoured() {
        byte[] html = "<html><head><meta charset=\"windows-1252\"></head><body><p>T\u00fcrkiye said \u00abcalm\u00bb.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        InputGuard.Text t = (InputGuard.Text) guard.check(html);
        assertThat(t.text()).contains("T\u00fcrkiye").contains("\u00abcalm\u00bb");
        assertThat(t.warnings()).anyMatch(w -> w.contains("windows-1252"));
    }

    @Test
    void anUnknownDeclaredCharsetIsNamed() {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss/>".getBytes(StandardCharsets.US_ASCII);
        assertThat(reason(guard.check(xml))).contains("x-no-such-charset");
    }
}
