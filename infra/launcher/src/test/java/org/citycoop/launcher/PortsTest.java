package org.citycoop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aPortSomeoneListensOnIsInUseAndNamesItsOwner() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = socket.getLocalPort();

            assertThat(Ports.inUse(port)).isTrue();
            assertThat(Ports.busy(port, "points-service"))
                    .isEqualTo("port " + port + " (points-service) is in use by java (pid " + ProcessHandle.current().pid() + ")");
        }
    }

    @Test
    void aClosedPortIsFree() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThat(Ports.inUse(port)).isFalse();
    }

    @Test
    void theOwnerIsReadFromSsOutput() {
        String line = "LISTEN 0 5 127.0.0.1:8084 0.0.0.0:* users:((\"python3\",pid=4711,fd=3))";

        assertThat(Ports.ownerIn(line)).contains("python3 (pid 4711)");
        assertThat(Ports.ownerIn("LISTEN 0 5 127.0.0.1:8084 0.0.0.0:*")).isEmpty();
    }
}
