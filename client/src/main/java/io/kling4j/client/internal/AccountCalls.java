package io.kling4j.client.internal;

import io.kling4j.generated.ApiClient;
import io.kling4j.generated.ApiResponse;
import io.kling4j.generated.api.AccountApi;
import io.kling4j.generated.api.FilesApi;
import io.kling4j.generated.model.AccountBalance;
import io.kling4j.generated.model.AccountInfo;
import io.kling4j.generated.model.FileUploadRequest;
import io.kling4j.generated.model.FileUploadResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The non-task calls of one client configuration: the account ({@code GET /api/v1/me}, {@code /api/v1/me/balance})
 * and file uploads ({@code POST /api/v1/files}), through the generated APIs. Like {@link GeneratedCalls}, every
 * method turns a synchronous failure into a failed future, so the retry loop sees all failures alike.
 */
public final class AccountCalls {
    private final AccountApi account;
    private final FilesApi files;

    /** @param apiClient the configured (authenticated, shared-HTTP) generated client */
    AccountCalls(ApiClient apiClient) {
        this.account = new AccountApi(apiClient);
        this.files = new FilesApi(apiClient);
    }

    /**
     * @param headers extra headers (retry count)
     * @return the account of the API key
     */
    public CompletableFuture<ApiResponse<AccountInfo>> info(Map<String, String> headers) {
        try {
            return account.getAccountWithHttpInfo(headers);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * @param headers extra headers (retry count)
     * @return the credit balance of the account
     */
    public CompletableFuture<ApiResponse<AccountBalance>> balance(Map<String, String> headers) {
        try {
            return account.getAccountBalanceWithHttpInfo(headers);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * @param request the file source and optional name
     * @param headers extra headers (retry count)
     * @return the stored file and its temporary URL
     */
    public CompletableFuture<ApiResponse<FileUploadResponse>> upload(FileUploadRequest request,
                                                                   Map<String, String> headers) {
        try {
            return files.uploadFileWithHttpInfo(request, headers);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
