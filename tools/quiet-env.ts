// Imported first by the rehearsal, the benchmark and the tests (jest setupFiles), before the handler's
// logger is created: their output is a report or a test result, not the handler's CloudWatch-bound JSON.
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
// The local registrar finishes uploads in milliseconds; Lambda checks AWS's every second.
process.env.ATTACHMENT_POLL_MS ??= '20';
// The SDK warns once per process that Node.js 20 support ends in 2027; the Lambda runtime is Node.js 24.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
