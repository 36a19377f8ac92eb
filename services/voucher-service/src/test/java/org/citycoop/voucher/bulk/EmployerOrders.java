package org.citycoop.voucher.bulk;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.citycoop.testsupport.ServiceHttp;

/** An employer's order as the console sends it: multipart with the order's JSON and the staff list as CSV, with a fresh Idempotency-Key. */
final class EmployerOrders {

    private EmployerOrders() {
    }

    static HttpResponse<String> order(int port, String token, Map<String, String> details, String csv, String language) {
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
        body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return ServiceHttp.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/bulk-orders"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
