#!/bin/sh
# The OpenAPI operations of the end-to-end project maven-plugin/src/it/openapi-end-to-end (one of each API, and the
# ones issue 16's end-to-end tests call), imported
# with the command line from the published documents in testdata/provider-data/openapi-providers. Run from the
# repository root after `mvn -B -q package -DskipTests -pl cli -am`.
#
# The provider documents of bfl, runway and leonardo were written by the first import and then completed by hand
# with what no OpenAPI document says: the asynchronous job (schemas/README.md, "Asynchronous jobs") and, for BFL, the
# credential hosts. An import keeps them, and writes those providers' operations job-shaped (no response schema, the
# output the job's result). BFL's untyped result is typed by a refinement added to its model document afterwards, so
# re-running into the project's folder refuses that document (import.exists): import into an empty folder beside it
# (the provider documents copied first) to compare.
set -eu
PICTOR="java -jar cli/target/pictor.jar"
DATA=testdata/provider-data/openapi-providers
INTO=${1:-maven-plugin/src/it/openapi-end-to-end/src/main/pictor}

run() {
    $PICTOR import openapi "$@" --into "$INTO"
}

# OpenAI: the JSON generation (b64_json answer) and the multipart edit (image and mask)
run "$DATA/openai.openapi.2025-04-29.yaml" --provider openai --operation createImage --operation createImageEdit \
    --doc-version 2025-04-29
# Black Forest Labs: FLUX 1.1 [pro], a job polled at get_result (no word of its id says its task)
run "$DATA/bfl.openapi.json" --provider bfl --operation flux_pro_1_1_v1_flux_pro_1_1_post --model flux-pro-1.1 \
    --task text-to-image --doc-version 2026-12-07
# Stability v1: image-to-image (multipart, text_prompts in brackets, a JSON answer) and text-to-image with its PNG
# answer only (the adapter asks for it by Accept: image/png). Not text-to-image's JSON answer beside it: the emulator
# serves one model per method and path, so two documents of one operation would hide one another.
run "$DATA/stability-v1.openapi.yaml" --provider stability-ai --operation imageToImage --doc-version 2026-12-07
run "$DATA/stability-v1.openapi.yaml" --provider stability-ai --operation textToImage --accept image/png \
    --model text-to-image-png --doc-version 2026-12-07
# Ideogram: its servers give no URL
run "$DATA/ideogram.openapi.json" --provider ideogram --operation post_generate_image \
    --base-url https://api.ideogram.ai --doc-version 2026-12-07
# Leonardo: a generation, a job polled at /generations/{id}
run "$DATA/leonardo.openapi.json" --provider leonardo --operation createGeneration --doc-version 2026-12-07
# Recraft
run "$DATA/recraft.openapi.yaml" --provider recraft --operation GenerateImage --doc-version 2026-12-07
# Runway: text to image, a task polled at /v1/tasks/{id}; its operations have no ids
run "$DATA/runway.openapi.json" --provider runway --operation "POST /v1/text_to_image" --doc-version 2026-12-07
# Together
run "$DATA/together.openapi.yaml" --provider together --operation "POST /images/generations" --doc-version 2026-12-07
