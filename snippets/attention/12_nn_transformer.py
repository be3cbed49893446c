import torch
from torch import nn

# --8<-- [start:transformer]
torch.manual_seed(0)
model = nn.Transformer(
    d_model=8,
    nhead=2,
    num_encoder_layers=2,
    num_decoder_layers=2,
    dim_feedforward=16,
    dropout=0.0,
    batch_first=True,
)
src = torch.randn(2, 6, 8)
tgt = torch.randn(2, 4, 8)
tgt_mask = nn.Transformer.generate_square_subsequent_mask(tgt.shape[1])
src_padding = torch.tensor([[False] * 6, [False] * 4 + [True] * 2])
out = model(
    src,
    tgt,
    tgt_mask=tgt_mask,
    tgt_is_causal=True,
    src_key_padding_mask=src_padding,
    memory_key_padding_mask=src_padding,
)
print(out.shape)
#> torch.Size([2, 4, 8])
print(type(model.encoder).__name__, type(model.decoder).__name__)
#> TransformerEncoder TransformerDecoder
memory = model.encoder(src, src_key_padding_mask=src_padding)
decoded = model.decoder(
    tgt,
    memory,
    tgt_mask=tgt_mask,
    tgt_is_causal=True,
    memory_key_padding_mask=src_padding,
)
print(memory.shape, torch.allclose(decoded, out))
#> torch.Size([2, 6, 8]) True
# --8<-- [end:transformer]

# --8<-- [start:tokens]
torch.manual_seed(0)
vocab_size = 10
embed = nn.Embedding(vocab_size, 8)
to_logits = nn.Linear(8, vocab_size)
src_ids = torch.randint(0, vocab_size, (2, 6))
tgt_ids = torch.randint(0, vocab_size, (2, 4))
hidden = model(embed(src_ids), embed(tgt_ids), tgt_mask=tgt_mask, tgt_is_causal=True)
print(to_logits(hidden).shape)
#> torch.Size([2, 4, 10])
# --8<-- [end:tokens]
