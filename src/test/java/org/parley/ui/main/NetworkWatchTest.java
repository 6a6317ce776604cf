package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watch that {@link NoNetworkTest} relies on does see network use: it can fail. */
class NetworkWatchTest {

    @BeforeEach
    void linuxOnly() {
        assumeTrue(NetworkWatch.supported(), "needs /proc/self/fd");
    }

    @Test
    void quietWhenNothingHappens() throws Exception {
        try (NetworkWatch watch = new NetworkWatch()) {
            watch.awaitSample();
            assertThat(watch.seen()).isEmpty();
        }
    }

    @Test
    void seesAListeningSocket_evenWhenClosedBeforeTheEnd() throws Exception {
        try (NetworkWatch watch = new NetworkWatch()) {
            try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                watch.awaitSample();
            }
            assertThat(watch.seen()).anyMatch(s -> s.matches("tcp6? socket:\\[\\d+\\]"));
        }
    }

    @Test
    void seesAUdpSocket() throws Exception {
        try (NetworkWatch watch = new NetworkWatch()) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                watch.awaitSample();
            }
            assertThat(watch.seen()).anyMatch(s -> s.matches("udp6? socket:\\[\\d+\\]"));
        }
    }

    @Test
    void leavesOutALocalUnixSocket() throws Exception {
        try (NetworkWatch watch = new NetworkWatch()) {
            try (SocketChannel local = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                watch.awaitSample();
            }
            assertThat(watch.seen()).isEmpty();
        }
    }

    /**
     * A socket that never had an address is in no kernel table: it did no network I/O, and one
     * closed before the watch could find it in a table cannot be told from a local one.
     */
    @Test
    void leavesOutASocketThatWasInNoTableWhileOpen() throws Exception {
        try (NetworkWatch watch = new NetworkWatch()) {
            try (SocketChannel unbound = SocketChannel.open()) {
                watch.awaitSample();
            }
            watch.awaitSample();
            assertThat(watch.seen()).isEmpty();
        }
    }

    @Test
    void seesAConnectionBeingMade() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                NetworkWatch watch = new NetworkWatch()) {
            try (Socket client = new Socket()) {
                client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 2_000);
            }
            assertThat(watch.seen()).anyMatch(s -> s.startsWith("connection to socket://"));
        }
    }
}
