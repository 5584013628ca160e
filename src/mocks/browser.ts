export async function startWorker() {}
