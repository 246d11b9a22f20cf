package org.motcua.records.service.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Content in an S3-compatible object store (Amazon S3, MinIO, Ceph, a provincial data centre's object storage),
 * as {@code <prefix>ab/<sha256>} in one bucket. Each upload carries its SHA-256 ({@code x-amz-checksum-sha256}),
 * so the store refuses bytes that changed on the way; an object is written whole or not at all.
 */
public final class S3DocumentStore implements DocumentStore {

    /** Where the store is and how to sign in; no keys: the SDK's default chain (environment, instance role). */
    public record Settings(Optional<String> endpoint, String region, String bucket, String prefix, boolean pathStyle,
            Optional<String> accessKey, Optional<String> secretKey) {
    }

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3DocumentStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    /** A store talking to the object storage these settings name. */
    public static S3DocumentStore connect(Settings settings) {
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .httpClient(UrlConnectionHttpClient.create())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle())
                        .chunkedEncodingEnabled(false).build())
                // the SHA-256 of each upload is sent by us (it is the content's address); no other checksums
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(settings.accessKey().isPresent() && settings.secretKey().isPresent()
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey().get(),
                                settings.secretKey().get()))
                        : DefaultCredentialsProvider.builder().build());
        settings.endpoint().map(URI::create).ifPresent(builder::endpointOverride);
        return new S3DocumentStore(builder.build(), settings.bucket(), settings.prefix());
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        try {
            if (!contains(sha256)) {
                s3.putObject(PutObjectRequest.builder().bucket(bucket).key(keyOf(sha256))
                        .contentType("application/octet-stream").contentLength(Files.size(file))
                        .checksumSHA256(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)))
                        .metadata(Map.of("sha256", sha256)).build(), RequestBody.fromFile(file));
            }
        } catch (SdkException e) {
            throw new IOException("object store refused " + keyOf(sha256) + ": " + describe(e), e);
        }
        Files.deleteIfExists(file);
    }

    @Override
    public boolean contains(String sha256) {
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(keyOf(sha256)).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        try {
            return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(keyOf(sha256))
                    .range("bytes=" + offset + "-" + (offset + length - 1)).build());
        } catch (SdkException e) {
            throw new IOException("object store cannot read " + keyOf(sha256) + ": " + describe(e), e);
        }
    }

    /** S3's error code (or the HTTP status when the answer had no body, as to HEAD) and its message. */
    private static String describe(SdkException e) {
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
            String code = s3.awsErrorDetails().errorCode();
            return (code == null ? "HTTP " + s3.statusCode() : code) + " – " + e.getMessage();
        }
        return e.getMessage();
    }

    String keyOf(String sha256) {
        return prefix + sha256.substring(0, 2) + "/" + sha256;
    }
}
