package org.citycoop.launcher;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * An external PostgreSQL's admin URL, {@code postgresql://user:pass@host:port/db?params}
 * (CITYCOOP_POSTGRES_URL). psql gets it without the password, which goes in PGPASSWORD, so it
 * shows in no process list.
 */
record PostgresUrl(String user, String password, String host, int port, String database, String query) {

    static PostgresUrl parse(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new Failure("CITYCOOP_POSTGRES_URL is not a URL (postgresql://user:pass@host:port/db): " + e.getMessage());
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new Failure("CITYCOOP_POSTGRES_URL must look like postgresql://user:pass@host:port/db, not " + redacted(url));
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.length() > 1 ? decode(path.substring(1)) : "postgres";
        return new PostgresUrl(user, password, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, uri.getRawQuery());
    }

    /** The same server and user, another database (the bash's sed on the path). */
    PostgresUrl withDatabase(String other) {
        return new PostgresUrl(user, password, host, port, other, query);
    }

    /** What psql gets as its connection: the URL without the password. */
    String withoutPassword() {
        StringBuilder url = new StringBuilder("postgresql://");
        if (user != null) {
            url.append(encode(user)).append('@');
        }
        url.append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/').append(encode(database));
        if (query != null) {
            url.append('?').append(query);
        }
        return url.toString();
    }

    private static String redacted(String url) {
        return url.replaceAll("//([^:/@]*):[^@]*@", "//$1:***@");
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String part) {
        return java.net.URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
