// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.eclipse.osgi.util.NLS;

/**
 * The TLS identity of a {@link TeamServer}: a key store file (PKCS12 or JKS) holding exactly one private key with
 * its certificate. Loading it checks everything a client would trip over later (password, key, validity), so an
 * administrator gets the problem named at start instead of clients failing at connect.
 */
public final class ServerKeyStore {

    private final Path file;
    private final SSLContext context;
    private final X509Certificate certificate;

    private ServerKeyStore(Path file, SSLContext context, X509Certificate certificate) {
        this.file = file;
        this.context = context;
        this.certificate = certificate;
    }

    /**
     * Reads the key store and checks it: readable, the password right, exactly one private key, its certificate
     * valid now. The password is only used here and may be cleared by the caller afterwards.
     *
     * @throws StoreException naming the file and the problem
     */
    public static ServerKeyStore load(Path keyStoreFile, char[] password) throws StoreException {
        Path file = keyStoreFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new StoreException(NLS.bind(Messages.Store_tlsKeyStoreMissing, file));
        }
        char[] secret = password == null ? new char[0] : password;
        KeyStore keyStore;
        try {
            keyStore = KeyStore.getInstance(file.toFile(), secret);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new StoreException(NLS.bind(Messages.Store_tlsWrongPassword, file), e);
            }
            throw new StoreException(NLS.bind(Messages.Store_tlsNotAKeyStore, file, e.getMessage()), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new StoreException(NLS.bind(Messages.Store_tlsNotAKeyStore, file, e.getMessage()), e);
        }
        try {
            List<String> keys = new ArrayList<>();
            for (String alias : Collections.list(keyStore.aliases())) {
                if (keyStore.isKeyEntry(alias)) {
                    keys.add(alias);
                }
            }
            if (keys.size() != 1) {
                throw new StoreException(NLS.bind(Messages.Store_tlsKeyCount, file, Integer.valueOf(keys.size())));
            }
            Certificate first = keyStore.getCertificate(keys.get(0));
            if (!(first instanceof X509Certificate certificate)) {
                throw new StoreException(NLS.bind(Messages.Store_tlsNoCertificate, file));
            }
            try {
                certificate.checkValidity();
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                throw new StoreException(NLS.bind(Messages.Store_tlsCertificateNotValid, new Object[] { file,
                        certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant() }), e);
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keyStore, secret);
            SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
            context.init(keyManagers.getKeyManagers(), null, null);
            return new ServerKeyStore(file, context, certificate);
        } catch (UnrecoverableKeyException e) {
            // a key password other than the store password
            throw new StoreException(NLS.bind(Messages.Store_tlsWrongPassword, file), e);
        } catch (GeneralSecurityException e) {
            throw new StoreException(NLS.bind(Messages.Store_tlsNotAKeyStore, file, e.getMessage()), e);
        }
    }

    /** The server's certificate subject, e.g. {@code CN=server.organisatie.nl}. */
    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }

    public Instant validUntil() {
        return certificate.getNotAfter().toInstant();
    }

    /**
     * The certificate's SHA-256 fingerprint as colon-separated hex (as {@code keytool -list} shows it), for people
     * to compare with what their client sees.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()); //$NON-NLS-1$
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The context the network server's sockets are made with: this key, the JVM's default trust. */
    SSLContext context() {
        return context;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ServerKeyStore[%s, %s]", file, subject()); //$NON-NLS-1$
    }
}
