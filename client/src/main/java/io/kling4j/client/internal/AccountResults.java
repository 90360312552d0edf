package io.kling4j.client.internal;

import io.kling4j.client.Account;
import io.kling4j.client.Balance;
import io.kling4j.client.UploadedFile;
import io.kling4j.generated.model.AccountBalance;
import io.kling4j.generated.model.AccountInfo;
import io.kling4j.generated.model.FileSource;
import io.kling4j.generated.model.FileSourceType;
import io.kling4j.generated.model.FileUploadRequest;
import io.kling4j.generated.model.FileUploadResponse;
import java.net.URI;
import java.util.Base64;

/** Turns the decoded account and file answers into kling4j's own result types, and builds upload bodies. */
public final class AccountResults {
    private AccountResults() {
    }

    /**
     * @param b a decoded balance
     * @return kling4j's balance
     */
    public static Balance balance(AccountBalance b) {
        return new Balance(b.getBalanceCents(), b.getPaidBalanceCents(), b.getBonusBalanceCents(),
                b.getSpentCentsToday(), b.getSpentCentsTotal());
    }

    /**
     * @param a a decoded account
     * @return kling4j's account
     */
    public static Account account(AccountInfo a) {
        return new Account(a.getId() == null ? 0 : a.getId(), a.getName(), a.getEmail(), a.getAccount());
    }

    /**
     * @param f a decoded upload answer
     * @return kling4j's stored file
     */
    public static UploadedFile file(FileUploadResponse f) {
        return new UploadedFile(f.getFileName(), f.getUrl(), f.getSizeBytes(), f.getMimeType(), f.getCreatedAt(),
                f.getExpiresAt());
    }

    /**
     * @param url a public URL RunAPI fetches the file from
     * @param fileName the name to store it under, or null
     * @return the upload body
     */
    public static FileUploadRequest fromUrl(URI url, String fileName) {
        return new FileUploadRequest().fileName(fileName).source(new FileSource().type(FileSourceType.URL)
                .url(url.toString()));
    }

    /**
     * @param data the file's bytes
     * @param fileName the name to store it under, or null
     * @return the upload body (base64)
     */
    public static FileUploadRequest fromBytes(byte[] data, String fileName) {
        return new FileUploadRequest().fileName(fileName).source(new FileSource().type(FileSourceType.BASE64)
                .data(Base64.getEncoder().encodeToString(data)));
    }
}
