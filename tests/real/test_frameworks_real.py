"""LangChain and LlamaIndex pointed at a real `kogata serve`: chat, embeddings, and a LangChain retrieval
chain over a kogata knowledge base through its HTTP API. The README's framework snippets are these."""

import httpx
import numpy as np
import pytest

from helpers import kogata_serve

MODEL = "smollm2-135m"
DOCUMENTS = [
    {"text": "就業規則 第12条：有給休暇の申請は、取得日の3日前までに上長へ提出すること。", "source": "rules.txt", "title": "就業規則"},
    {"text": "経費精算は毎月25日締めで、領収書の原本を経理部へ提出してください。", "source": "expenses.txt", "title": "経費"},
    {"text": "The office is closed on national holidays and from December 29 to January 3.", "source": "office.txt",
     "title": "Office hours"},
]


@pytest.fixture(scope="module")
def server(real_store, real_home, tmp_path_factory):
    log = tmp_path_factory.mktemp("serve-frameworks") / "serve.log"
    with kogata_serve(real_home, log, "--ctx-size", "4096", "--parallel", "2") as url:
        yield url


@pytest.fixture(scope="module")
def collection(server):
    name = "frameworks-test"
    httpx.delete(f"{server}/v1/kb/collections/{name}")
    assert httpx.post(f"{server}/v1/kb/collections", json={"name": name, "embedding_model": "e5-small"}).status_code == 201
    r = httpx.post(f"{server}/v1/kb/collections/{name}/documents", json={"documents": DOCUMENTS}, timeout=120)
    assert r.status_code == 201
    yield name
    httpx.delete(f"{server}/v1/kb/collections/{name}")


def test_langchain_chat_and_embeddings(server):
    from langchain_openai import ChatOpenAI, OpenAIEmbeddings

    llm = ChatOpenAI(model=MODEL, base_url=f"{server}/v1", api_key="x", temperature=0, max_tokens=30)
    assert llm.invoke("日本の首都はどこですか？").content
    # check_embedding_ctx_length=False: LangChain would otherwise tokenize with OpenAI's tiktoken first
    queries = OpenAIEmbeddings(model="e5-small", base_url=f"{server}/v1", api_key="x", check_embedding_ctx_length=False)
    passages = OpenAIEmbeddings(model="e5-small", base_url=f"{server}/v1", api_key="x", check_embedding_ctx_length=False,
                                model_kwargs={"extra_body": {"input_type": "passage"}})
    docs = np.array(passages.embed_documents([d["text"] for d in DOCUMENTS]))
    query = np.array(queries.embed_query("有給休暇はいつまでに申請しますか"))
    assert docs.shape == (3, 384) and int(np.argmax(docs @ query)) == 0


def test_langchain_retrieval_chain_over_a_kogata_collection(server, collection):
    from langchain_core.documents import Document
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_core.retrievers import BaseRetriever
    from langchain_core.runnables import RunnablePassthrough
    from langchain_openai import ChatOpenAI

    class KogataRetriever(BaseRetriever):
        """Hybrid search of a kogata collection over HTTP."""

        url: str
        collection: str
        k: int = 2

        def _get_relevant_documents(self, query: str, *, run_manager=None) -> list[Document]:
            r = httpx.post(f"{self.url}/v1/kb/collections/{self.collection}/search", json={"query": query, "k": self.k})
            r.raise_for_status()
            return [Document(page_content=h["text"], metadata={"source": h["source"], "score": h["score"]})
                    for h in r.json()["data"]]

    retriever = KogataRetriever(url=server, collection=collection)
    prompt = ChatPromptTemplate.from_messages([
        ("system", "Answer from these sources only:\n{context}"), ("user", "{question}")])
    chain = ({"context": retriever | (lambda docs: "\n".join(d.page_content for d in docs)), "question": RunnablePassthrough()}
             | prompt | ChatOpenAI(model=MODEL, base_url=f"{server}/v1", api_key="x", temperature=0, max_tokens=40)
             | StrOutputParser())
    hits = retriever.invoke("経費精算の締め日は？")
    assert hits[0].metadata["source"] == "expenses.txt"
    assert chain.invoke("経費精算の締め日は？").strip()


def test_llamaindex_chat_and_embeddings(server):
    from llama_index.core.llms import ChatMessage
    from llama_index.embeddings.openai_like import OpenAILikeEmbedding
    from llama_index.llms.openai_like import OpenAILike

    llm = OpenAILike(model=MODEL, api_base=f"{server}/v1", api_key="x", is_chat_model=True, context_window=4096,
                     max_tokens=30, temperature=0)
    assert llm.chat([ChatMessage(role="user", content="Say hello in Japanese.")]).message.content
    assert llm.complete("The capital of Japan is").text
    embedder = OpenAILikeEmbedding(model_name="e5-small", api_base=f"{server}/v1", api_key="x")
    vectors = embedder.get_text_embedding_batch(["請求書", "invoice", "天気"])
    assert len(vectors) == 3 and len(vectors[0]) == 384
