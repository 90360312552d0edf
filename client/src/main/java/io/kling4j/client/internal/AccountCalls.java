package io.kling4j.client.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kling4j.generated.ApiResponse;
import io.kling4j.generated.model.AccountBalance;
import io.kling4j.generated.model.AccountInfo;
import io.kling4j.generated.model.FileUploadRequest;
import io.kling4j.generated.model.FileUploadResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The account and file calls of one client configuration ({@code /api/v1/me}, {@code /api/v1/files}). */
public final class AccountCalls {
    private final ApiCalls calls;

    AccountCalls(ApiCalls calls) {
        this.calls = calls;
    }

    /**
     * @param headers extra headers (retry count)
     * @return the account of the API key
     */
    public CompletableFuture<ApiResponse<AccountInfo>> info(Map<String, String> headers) {
        return calls.call("GET", "/api/v1/me", null, headers, "getAccount", new TypeReference<>() { });
    }

    /**
     * @param headers extra headers (retry count)
     * @return the credit balance of the account
     */
    public CompletableFuture<ApiResponse<AccountBalance>> balance(Map<String, String> headers) {
        return calls.call("GET", "/api/v1/me/balance", null, headers, "getAccountBalance", new TypeReference<>() { });
    }

    /**
     * @param request the body (a {@link FileUploadRequest}: the file source and optional name)
     * @param headers extra headers (retry count)
     * @return the stored file and its temporary URL
     */
    public CompletableFuture<ApiResponse<FileUploadResponse>> upload(Object request,
            Map<String, String> headers) {
        return calls.call("POST", "/api/v1/files", request, headers, "uploadFile", new TypeReference<>() { });
    }
}
