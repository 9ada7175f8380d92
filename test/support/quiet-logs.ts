// The handler's structured logs are for CloudWatch; tests read the registrar's call log instead.
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
// The SDK warns once per process that Node.js 20 support ends in 2027; the Lambda runtime is Node.js 24.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
