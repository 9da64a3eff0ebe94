package org.goldenthread.gateway.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.goldenthread.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The gateway's RSA signing keys, kept as files in one directory (shared by replicas). The JWKS
 * publishes the active key, the one before it (its tokens are still alive) and any newer key
 * that is not signing yet: a new key appears in the JWKS {@code publish-ahead} before it signs,
 * so services that cache the JWKS know it by the time they see it. The newest key older than
 * {@code rotation-interval} is replaced by a new one automatically.
 */
@ApplicationScoped
@Startup
public class SigningKeys {
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final DateTimeFormatter KID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One key pair; it signs from {@code activatesAt} on. */
    public record SigningKey(String kid, RSAPrivateKey privateKey, RSAPublicKey publicKey, Instant activatesAt) {
    }

    @Inject
    GatewayConfig config;
    @Inject
    ObjectMapper json;

    private volatile List<SigningKey> keys = List.of();
    private volatile String jwks = "{\"keys\":[]}";

    private volatile long reloadedAtNanos;

    @PostConstruct
    void start() {
        reload();
        if (keys.isEmpty()) {
            firstKey();
        }
    }

    /**
     * Replicas starting together on an empty shared directory agree on one first key: the one that
     * creates the lock file makes it, the others wait for it (and make their own if it never comes).
     */
    private void firstKey() {
        Path lock = directory().resolve(".first-key.lock");
        try {
            Files.createDirectories(directory());
            Files.createFile(lock);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (keys.isEmpty() && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
                reload();
            }
            if (!keys.isEmpty()) {
                return;
            }
            LOG.warnf("%s is still locked but holds no key: making one", directory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the signing key directory " + directory(), e);
        }
        LOG.infof("no signing key in %s: generating one", directory());
        addKey(Instant.now());
        try {
            Files.deleteIfExists(lock);
        } catch (IOException e) {
            LOG.debugf("cannot remove %s: %s", lock, e.getMessage());
        }
    }

    /** The key that signs now: the newest one whose time has come. */
    public SigningKey active() {
        Instant now = Instant.now();
        SigningKey active = null;
        for (SigningKey key : keys) {
            if (!key.activatesAt().isAfter(now)) {
                active = key;
            }
        }
        if (active == null) {
            throw new IllegalStateException("no signing key is active yet in " + directory());
        }
        return active;
    }

    /** The published key with this id, for checking a signature; retired keys no longer verify. */
    public Optional<RSAPublicKey> publicKey(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        Optional<RSAPublicKey> key = find(kid);
        if (key.isEmpty() && System.nanoTime() - reloadedAtNanos > 5_000_000_000L) {
            // another replica may have made a key since the last look (at most every 5 s)
            reload();
            key = find(kid);
        }
        return key;
    }

    private Optional<RSAPublicKey> find(String kid) {
        return published().stream().filter(k -> k.kid().equals(kid)).map(SigningKey::publicKey).findFirst();
    }

    /** The active key, the previous one, and newer keys not yet signing. */
    public List<SigningKey> published() {
        List<SigningKey> all = keys;
        Instant now = Instant.now();
        int activeIndex = -1;
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).activatesAt().isAfter(now)) {
                activeIndex = i;
            }
        }
        int from = Math.max(0, activeIndex - 1);
        return all.subList(from, all.size());
    }

    /** The JWKS document (public keys only). */
    public String jwks() {
        return jwks;
    }

    /**
     * Generates a key that signs from {@code activatesAt}; it is published at once. Used at first
     * start, by the scheduled rotation, and by an operator forcing a rotation.
     */
    public synchronized SigningKey addKey(Instant activatesAt) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(config.internalToken().keySize(), RANDOM);
            KeyPair pair = generator.generateKeyPair();
            byte[] suffix = new byte[3];
            RANDOM.nextBytes(suffix);
            String kid = "gt-" + KID_TIME.format(activatesAt) + "-" + HexFormat.of().formatHex(suffix);
            ObjectNode file = json.createObjectNode()
                    .put("kid", kid)
                    .put("activatesAt", activatesAt.toString())
                    .put("privateKey", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
                    .put("publicKey", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            Files.createDirectories(directory());
            Path tmp = Files.createTempFile(directory(), kid, ".tmp");
            restrict(tmp);
            Files.writeString(tmp, json.writeValueAsString(file));
            Files.move(tmp, directory().resolve(kid + ".json"), StandardCopyOption.ATOMIC_MOVE);
            reload();
            LOG.infof("signing key %s added, signing from %s", kid, activatesAt);
            return keys.stream().filter(k -> k.kid().equals(kid)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a signing key to " + directory(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** Makes the next key when the newest is due for rotation, and picks up keys other replicas made. */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rotateWhenDue() {
        reload();
        List<SigningKey> current = keys;
        SigningKey newest = current.isEmpty() ? null : current.get(current.size() - 1);
        Instant now = Instant.now();
        if (newest == null || !newest.activatesAt().plus(config.internalToken().rotationInterval()).isAfter(now)) {
            addKey(now.plus(config.internalToken().publishAhead()));
        }
        retireOldKeys();
    }

    /** Deletes key files older than the previous key: their tokens have long expired. */
    private synchronized void retireOldKeys() {
        List<SigningKey> published = published();
        for (SigningKey key : keys) {
            if (!published.contains(key)) {
                try {
                    Files.deleteIfExists(directory().resolve(key.kid() + ".json"));
                    LOG.infof("signing key %s retired", key.kid());
                } catch (IOException e) {
                    LOG.warnf("cannot delete retired signing key %s: %s", key.kid(), e.getMessage());
                }
            }
        }
        reload();
    }

    /** Reads the directory again. */
    public synchronized void reload() {
        List<SigningKey> loaded = new ArrayList<>();
        Path dir = directory();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                    read(file).ifPresent(loaded::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the signing keys in " + dir, e);
            }
        }
        loaded.sort(Comparator.comparing(SigningKey::activatesAt).thenComparing(SigningKey::kid));
        keys = List.copyOf(loaded);
        jwks = renderJwks();
        reloadedAtNanos = System.nanoTime();
    }

    private Optional<SigningKey> read(Path file) {
        try {
            var node = json.readTree(file.toFile());
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(node.path("privateKey").asText())));
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(node.path("publicKey").asText())));
            return Optional.of(new SigningKey(node.path("kid").asText(), privateKey, publicKey,
                    Instant.parse(node.path("activatesAt").asText())));
        } catch (AccessDeniedException e) {
            LOG.warnf("cannot read signing key %s: %s", file, e.getMessage());
            return Optional.empty();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.warnf("skipping unreadable signing key file %s: %s", file, e.getMessage());
            return Optional.empty();
        }
    }

    private String renderJwks() {
        ObjectNode doc = json.createObjectNode();
        ArrayNode array = doc.putArray("keys");
        for (SigningKey key : published()) {
            array.addObject()
                    .put("kty", "RSA")
                    .put("use", "sig")
                    .put("alg", "RS256")
                    .put("kid", key.kid())
                    .put("n", unsigned(key.publicKey().getModulus()))
                    .put("e", unsigned(key.publicKey().getPublicExponent()));
        }
        return doc.toString();
    }

    /** Re-renders the JWKS: the published set changes when a pending key's time comes. */
    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshJwks() {
        jwks = renderJwks();
    }

    private Path directory() {
        return config.internalToken().keyDirectory();
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the directory's own permissions protect the key
        }
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            bytes = trimmed;
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
