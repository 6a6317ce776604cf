package org.parley.ui.main;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Watches this JVM for network use while armed, in two ways, so a test can assert that a
 * session of use opened no connection:
 * <ul>
 *   <li>every open file descriptor that is a socket ({@code /proc/self/fd/N -> socket:[inode]},
 *       Linux only) is sampled every few milliseconds; a network socket (TCP, UDP, raw) that was
 *       not there when the watch was armed is reported, even if it was closed again before the
 *       end. Local (Unix-domain) sockets are not network use and are left out; so is a socket
 *       found in no kernel table while it was open: it never had a network address, or it was
 *       closed before it could be looked up, and then it cannot be told from a local one (the C
 *       library opens and closes one in a moment whenever a user name is looked up, to ask nscd,
 *       and on a loaded machine the watch saw such sockets open but looked them up too late);</li>
 *   <li>the default {@link ProxySelector} is replaced by one that records every address asked
 *       for: Java asks it before any URL, HTTP-client or plain {@code java.net.Socket}
 *       connection (and then connects directly, so behaviour is not changed).</li>
 * </ul>
 * DNS look-ups inside the C library are not seen unless they hold a socket at a sample.
 */
final class NetworkWatch implements AutoCloseable {

    private static final Path FDS = Path.of("/proc/self/fd");
    private static final long SAMPLE_MS = 2;
    private static final List<String> TABLES = List.of("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "unix");

    private final Set<String> before;
    private final Map<String, String> opened = new ConcurrentHashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final ProxySelector previous;
    private final Thread sampler;
    private volatile boolean armed = true;
    private final java.util.concurrent.atomic.AtomicLong samples = new java.util.concurrent.atomic.AtomicLong();

    /** True where the watch can see sockets (Linux's /proc). */
    static boolean supported() {
        return Files.isDirectory(FDS);
    }

    NetworkWatch() {
        before = sockets();
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                synchronized (asked) {
                    asked.add(uri.toString());
                }
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        sampler = new Thread(this::sample, "network-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (armed) {
            look();
            synchronized (samples) {
                samples.incrementAndGet();
                samples.notifyAll();
            }
            try {
                Thread.sleep(SAMPLE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void look() {
        for (String s : sockets()) {
            // A socket not yet bound is in no kernel table ("unknown"); look again while it is open.
            if (!before.contains(s) && "unknown".equals(opened.getOrDefault(s, "unknown"))) {
                opened.put(s, kind(s));
            }
        }
    }

    /**
     * What kind of socket an inode is, from the kernel's tables: "tcp", "udp6", … for network
     * sockets, "unix" for local ones (the C library and the desktop talk to local services that
     * way; that is not network use), "unknown" when it was closed before it could be looked up.
     */
    static String kind(String socket) {
        String inode = socket.substring(socket.indexOf('[') + 1, socket.indexOf(']'));
        Pattern mine = Pattern.compile("(^|\\s)" + inode + "(\\s|$)");
        for (String table : TABLES) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/net/" + table))) {
                    if (mine.matcher(line).find()) {
                        return table;
                    }
                }
            } catch (IOException e) {
                // a table this kernel does not have
            }
        }
        return "unknown";
    }

    /** The sockets this process has open now, e.g. "socket:[123456]". */
    static Set<String> sockets() {
        Set<String> found = new HashSet<>();
        try (Stream<Path> fds = Files.list(FDS)) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:")) {
                        found.add(target);
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // closed between the listing and the look: not open any more
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + FDS, e);
        }
        return found;
    }

    /**
     * Returns once the sampler has looked at the open sockets from start to end after this call,
     * however loaded the machine is: a test holds its socket open until then, so the watch sees
     * it even if it is closed right after. Gives up (and says so) only after a minute.
     */
    void awaitSample() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        synchronized (samples) {
            // the sample running now may have listed the sockets before the call: wait for the next one too
            long until = samples.get() + 2;
            while (samples.get() < until) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !sampler.isAlive()) {
                    throw new IllegalStateException("the network watch took no sample in a minute");
                }
                samples.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /**
     * What was seen so far: network sockets opened since arming (those found in a TCP, UDP or raw
     * table of the kernel) and addresses asked for; empty when none.
     */
    List<String> seen() {
        look();
        List<String> all = new ArrayList<>();
        opened.forEach((socket, kind) -> {
            if (!kind.equals("unix") && !kind.equals("unknown")) {
                all.add(kind + " " + socket);
            }
        });
        synchronized (asked) {
            asked.forEach(uri -> all.add("connection to " + uri));
        }
        return all;
    }

    @Override
    public void close() throws InterruptedException {
        armed = false;
        sampler.join();
        ProxySelector.setDefault(previous);
    }
}
