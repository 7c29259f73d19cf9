package dev.pictor.core.imports;

/**
 * Catalog entries of tasks other than image generation, written for these tests in the catalog's format and layouts
 * (modelled on the catalog's text-generation, speech, embedding and classification entries; not copies of them).
 */
final class CatalogVariants {

    private CatalogVariants() {}

    /** Text generation, id-first with created_at; a top-level oneOf input (prompt or messages), oneOf output. */
    static final String LLAMA = """
            {
                "id": "41975cc2-c82e-4e98-b7b8-88ffb186a545",
                "source": 1,
                "name": "@cf/meta/llama-3.1-8b-instruct",
                "description": "The Meta Llama 3.1 collection of multilingual large language models (LLMs) is a collection of pretrained and instruction tuned generative models.",
                "task": {
                    "id": "c329a1f9-323d-4e91-b2aa-582dd4188d34",
                    "name": "Text Generation",
                    "description": "Family of generative text models, such as large language models (LLM), that can be adapted for a variety of natural language tasks."
                },
                "created_at": "2024-07-18 22:53:33.746",
                "tags": [],
                "properties": [
                    {
                        "property_id": "context_window",
                        "value": "7968"
                    },
                    {
                        "property_id": "price",
                        "value": [
                            {
                                "unit": "per M input tokens",
                                "price": 0.28,
                                "currency": "USD"
                            }
                        ]
                    }
                ],
                "schema": {
                    "input": {
                        "type": "object",
                        "oneOf": [
                            {
                                "title": "Prompt",
                                "properties": {
                                    "prompt": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "The input text prompt for the model to generate a response."
                                    },
                                    "stream": {
                                        "type": "boolean",
                                        "default": false,
                                        "description": "If true, the response will be streamed back incrementally using SSE, Server Sent Events."
                                    },
                                    "max_tokens": {
                                        "type": "integer",
                                        "default": 256,
                                        "description": "The maximum number of tokens to generate in the response."
                                    },
                                    "temperature": {
                                        "type": "number",
                                        "default": 0.6,
                                        "minimum": 0,
                                        "maximum": 5,
                                        "description": "Controls the randomness of the output; higher values produce more random results."
                                    },
                                    "seed": {
                                        "type": "integer",
                                        "minimum": 1,
                                        "maximum": 9999999999,
                                        "description": "Random seed for reproducibility of the generation."
                                    }
                                },
                                "required": [
                                    "prompt"
                                ]
                            },
                            {
                                "title": "Messages",
                                "properties": {
                                    "messages": {
                                        "type": "array",
                                        "description": "An array of message objects representing the conversation history.",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "role": {
                                                    "type": "string",
                                                    "description": "The role of the message sender (e.g., 'user', 'assistant', 'system', 'tool')."
                                                },
                                                "content": {
                                                    "type": "string",
                                                    "description": "The content of the message as a string."
                                                }
                                            },
                                            "required": [
                                                "role",
                                                "content"
                                            ]
                                        }
                                    },
                                    "stream": {
                                        "type": "boolean",
                                        "default": false,
                                        "description": "If true, the response will be streamed back incrementally."
                                    },
                                    "max_tokens": {
                                        "type": "integer",
                                        "default": 256,
                                        "description": "The maximum number of tokens to generate in the response."
                                    }
                                },
                                "required": [
                                    "messages"
                                ]
                            }
                        ]
                    },
                    "output": {
                        "oneOf": [
                            {
                                "type": "object",
                                "contentType": "application/json",
                                "properties": {
                                    "response": {
                                        "type": "string",
                                        "description": "The generated text response from the model"
                                    },
                                    "usage": {
                                        "type": "object",
                                        "description": "Usage statistics for the inference request",
                                        "properties": {
                                            "prompt_tokens": {
                                                "type": "number",
                                                "description": "Total number of tokens in input",
                                                "default": 0
                                            },
                                            "completion_tokens": {
                                                "type": "number",
                                                "description": "Total number of tokens in output",
                                                "default": 0
                                            }
                                        }
                                    }
                                }
                            },
                            {
                                "type": "string",
                                "contentType": "text/event-stream",
                                "format": "binary"
                            }
                        ]
                    }
                }
            }
            """;

    /** Speech recognition, id-first without created_at, 2-space indentation; input is binary or a uint8 array. */
    static final String WHISPER = """
            {
              "id": "c1c12ce4-c36a-4aa6-8da6-f63ba0b8c6f3",
              "source": 1,
              "name": "@cf/openai/whisper",
              "description": "Whisper is a general-purpose speech recognition model.",
              "task": {
                "id": "dfce1c48-2a81-462e-a7fd-de97ce985207",
                "name": "Automatic Speech Recognition",
                "description": "Automatic speech recognition (ASR) models convert a speech signal, typically an audio input, to text."
              },
              "tags": [],
              "properties": [
                {
                  "property_id": "beta",
                  "value": "true"
                }
              ],
              "schema": {
                "input": {
                  "oneOf": [
                    {
                      "type": "string",
                      "format": "binary"
                    },
                    {
                      "type": "object",
                      "properties": {
                        "audio": {
                          "type": "array",
                          "description": "An array of integers that represent the audio data constrained to 8-bit unsigned integer values",
                          "items": {
                            "type": "number",
                            "description": "A value between 0 and 255"
                          }
                        }
                      },
                      "required": [
                        "audio"
                      ]
                    }
                  ]
                },
                "output": {
                  "type": "object",
                  "contentType": "application/json",
                  "properties": {
                    "text": {
                      "type": "string",
                      "description": "The transcription"
                    },
                    "word_count": {
                      "type": "number"
                    },
                    "words": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {
                          "word": {
                            "type": "string"
                          },
                          "start": {
                            "type": "number",
                            "description": "The second this word begins in the recording"
                          },
                          "end": {
                            "type": "number",
                            "description": "The ending second when the word completes"
                          }
                        }
                      }
                    },
                    "vtt": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "text"
                  ]
                }
              }
            }
            """;

    /** Text to speech, name-first with deprecated, on one line; output JSON or binary MP3. */
    static final String MELOTTS = "{\"name\": \"@cf/myshell-ai/melotts\", \"properties\": [], \"id\": "
            + "\"fda2e1c5-1e3e-4b5e-a8a3-1c1b9ff47b4b\", \"source\": 1, \"description\": \"MeloTTS is a high-quality "
            + "multi-lingual text-to-speech library by MyShell.ai.\", \"task\": {\"id\": "
            + "\"b52660a1-9a95-4ab2-8b1d-f232be34604a\", \"name\": \"Text-to-Speech\", \"description\": \"Text-to-"
            + "Speech models convert text into audio.\"}, \"created_at\": \"2024-07-19 15:51:04.819\", \"tags\": [], "
            + "\"schema\": {\"input\": {\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\", "
            + "\"minLength\": 1, \"description\": \"A text description of the audio you want to generate\"}, "
            + "\"lang\": {\"type\": \"string\", \"default\": \"en\", \"description\": \"The speech language (e.g., "
            + "'en' for English, 'fr' for French). Defaults to 'en' if not specified\"}}, \"required\": "
            + "[\"prompt\"]}, \"output\": {\"oneOf\": [{\"type\": \"object\", \"contentType\": \"application/json\", "
            + "\"properties\": {\"audio\": {\"type\": \"string\", \"description\": \"The generated audio in MP3 "
            + "format, base64-encoded\"}}}, {\"type\": \"string\", \"contentType\": \"audio/mpeg\", \"format\": "
            + "\"binary\", \"description\": \"The generated audio in MP3 format\"}]}}, \"deprecated\": false}";

    /** Text embeddings; a property that is a string or a list of strings. Tab indentation, CRLF line ends. */
    static final String BGE = """
            {
            \t"id": "429b9e8b-d99e-44de-91ad-706cf8183658",
            \t"source": 1,
            \t"name": "@cf/baai/bge-base-en-v1.5",
            \t"description": "BAAI general embedding (Base) model that transforms any given text into a 768-dimensional vector",
            \t"task": {
            \t\t"id": "0137cdcf-162a-4108-94f2-1ca59e8c65ee",
            \t\t"name": "Text Embeddings",
            \t\t"description": "Feature extraction models transform raw data into numerical features."
            \t},
            \t"tags": [],
            \t"properties": [
            \t\t{
            \t\t\t"property_id": "max_input_tokens",
            \t\t\t"value": "512"
            \t\t}
            \t],
            \t"schema": {
            \t\t"input": {
            \t\t\t"type": "object",
            \t\t\t"properties": {
            \t\t\t\t"text": {
            \t\t\t\t\t"oneOf": [
            \t\t\t\t\t\t{
            \t\t\t\t\t\t\t"type": "string",
            \t\t\t\t\t\t\t"description": "The text to embed",
            \t\t\t\t\t\t\t"minLength": 1
            \t\t\t\t\t\t},
            \t\t\t\t\t\t{
            \t\t\t\t\t\t\t"type": "array",
            \t\t\t\t\t\t\t"description": "Batch of text values to embed",
            \t\t\t\t\t\t\t"items": {
            \t\t\t\t\t\t\t\t"type": "string",
            \t\t\t\t\t\t\t\t"minLength": 1
            \t\t\t\t\t\t\t},
            \t\t\t\t\t\t\t"maxItems": 100
            \t\t\t\t\t\t}
            \t\t\t\t\t]
            \t\t\t\t},
            \t\t\t\t"pooling": {
            \t\t\t\t\t"type": "string",
            \t\t\t\t\t"enum": [
            \t\t\t\t\t\t"mean",
            \t\t\t\t\t\t"cls"
            \t\t\t\t\t],
            \t\t\t\t\t"default": "mean"
            \t\t\t\t}
            \t\t\t},
            \t\t\t"required": [
            \t\t\t\t"text"
            \t\t\t]
            \t\t},
            \t\t"output": {
            \t\t\t"type": "object",
            \t\t\t"contentType": "application/json",
            \t\t\t"properties": {
            \t\t\t\t"shape": {
            \t\t\t\t\t"type": "array",
            \t\t\t\t\t"items": {
            \t\t\t\t\t\t"type": "number"
            \t\t\t\t\t}
            \t\t\t\t},
            \t\t\t\t"data": {
            \t\t\t\t\t"type": "array",
            \t\t\t\t\t"description": "Embeddings of the requested text values",
            \t\t\t\t\t"items": {
            \t\t\t\t\t\t"type": "array",
            \t\t\t\t\t\t"items": {
            \t\t\t\t\t\t\t"type": "number"
            \t\t\t\t\t\t}
            \t\t\t\t\t}
            \t\t\t\t}
            \t\t\t}
            \t\t}
            \t}
            }
            """.replace("\n", "\r\n");

    /** Text classification, a deprecated model; an array output. */
    static final String DISTILBERT_DEPRECATED = """
            {"name": "@cf/huggingface/distilbert-sst-2-int8", "deprecated": true,
             "task": {"name": "Text Classification", "id": "19606750-23ed-4371-aab2-c20349b53a60",
                      "description": "Sentiment analysis or text classification."},
             "description": "Distilled BERT model that was finetuned on SST-2 for sentiment classification",
             "id": "eaf31752-a074-441f-8b70-d593255d2811", "source": 1, "tags": [],
             "properties": [{"property_id": "info", "value": "https://huggingface.co/Intel/distilbert-base-uncased-finetuned-sst-2-english-int8-static"}],
             "schema": {
               "input": {"type": "object", "properties": {"text": {"type": "string", "minLength": 1,
                 "description": "The text that you want to classify"}}, "required": ["text"]},
               "output": {"type": "array", "contentType": "application/json",
                 "description": "An array of classification results for the input text",
                 "items": {"type": "object", "properties": {
                   "score": {"type": "number", "description": "Confidence score indicating the likelihood that the text belongs to the specified label"},
                   "label": {"type": "string", "description": "The classification label assigned to the text (e.g., 'POSITIVE' or 'NEGATIVE')"}}}}
             }}
            """;
}
