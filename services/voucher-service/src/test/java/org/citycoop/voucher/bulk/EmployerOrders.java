package org.citycoop.voucher.bulk;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.citycoop.testsupport.ServiceHttp;
import org.jspecify.annotations.Nullable;

/** An employer's order as the console sends it: multipart with the order's JSON and the staff list as CSV. */
final class EmployerOrders {

    private EmployerOrders() {
    }

    /** The order with its staff list in UTF-8 and a fresh Idempotency-Key. */
    static HttpResponse<String> order(int port, String token, Map<String, String> details, String csv, String language) {
        return order(port, token, details, csv.getBytes(StandardCharsets.UTF_8), UUID.randomUUID().toString(), false, language);
    }

    /** The order with the staff list's bytes as they are, the given Idempotency-Key (or none), and as a dry run or not. */
    static HttpResponse<String> order(int port, String token, Map<String, String> details, byte[] csv, @Nullable String key, boolean dryRun,
            String language) {
        String boundary = "citycoop-" + UUID.randomUUID();
        StringBuilder json = new StringBuilder("{");
        details.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":")
                .append(name.equals("amountEach") ? value : "\"" + value + "\""));
        json.append('}');
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"order\"\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"employees\"; filename=\"staff.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/bulk-orders" + (dryRun ? "?dryRun=true" : "")))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return ServiceHttp.send(request.build());
    }
}
