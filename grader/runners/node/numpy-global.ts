// The one name the driver and the bundler agree on: where the driver publishes np for the bundle's "numpy".

/** `globalThis[Symbol.for(NUMPY_GLOBAL)]` holds the driver's np shim while the submission's bundle loads. */
export const NUMPY_GLOBAL = "nn-grader.numpy";
