// Imported first by the rehearsal and the benchmarks, before the handler's logger is created: their
// output is the report, not the handler's CloudWatch-bound JSON logs.
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.ATTACHMENT_POLL_MS ??= '20';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
